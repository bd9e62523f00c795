/// libFuzzer entry point for the PDF reader: reads the bytes as a PDF, as a page's content stream and as a CMap.
/// Thrown errors are the expected outcome for hostile input; only traps, sanitizer reports and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.pdf(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
