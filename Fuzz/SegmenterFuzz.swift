/// libFuzzer entry point for the text readers and the segmenter: reads the bytes as plain text and as Markdown,
/// segments both, and reads them as a file of unknown kind.
/// Thrown errors are the expected outcome for hostile input; only traps, sanitizer reports and hangs are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.segmenter(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
