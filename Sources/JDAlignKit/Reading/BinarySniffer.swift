/// Tells text from binary junk before decoding, so an image or executable gets a clear error, not a page of mojibake.
public enum BinarySniffer {
    /// Whether the first few kilobytes look like something other than text in a common encoding.
    ///
    /// UTF-16 text is full of zero bytes, so a zero byte counts against the file only when
    /// there is no UTF-16 byte-order mark and zeros do not fall regularly on alternate bytes.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        var zerosAtEven = 0
        var zerosAtOdd = 0
        var controls = 0
        for (offset, byte) in sample.enumerated() {
            if byte == 0 {
                if offset % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
            } else if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C {
                controls += 1
            }
        }
        let halfLength = max(1, sample.count / 2)
        let looksLikeUTF16 = (zerosAtEven > halfLength * 3 / 10 && zerosAtOdd < halfLength / 20)
            || (zerosAtOdd > halfLength * 3 / 10 && zerosAtEven < halfLength / 20)
        if looksLikeUTF16 { return false }
        return zerosAtEven + zerosAtOdd > 0 || controls * 100 > sample.count
    }
}
