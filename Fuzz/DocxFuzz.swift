/// libFuzzer entry point for the Word reader: reads the bytes as a .docx, then tokenises them as XML.
/// Thrown errors are the expected outcome for hostile input; only traps, sanitizer reports and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.docx(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
