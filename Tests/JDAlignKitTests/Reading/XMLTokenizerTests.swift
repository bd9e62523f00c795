import Testing
@testable import JDAlignKit

@Suite struct XMLTokenizerTests {
    /// A compact rendering of every token, to compare whole streams at once.
    private func render(_ xml: String) throws -> [String] {
        var tokenizer = XMLTokenizer(Array(xml.utf8))
        var rendered: [String] = []
        while let token = try tokenizer.next() {
            switch token {
            case .startElement(let tag):
                let attributes = tag.attributes.map { " \($0.name)=\($0.value)" }.joined()
                rendered.append("<\(tag.name)\(attributes)\(tag.isEmpty ? "/" : "")>")
            case .endElement(let name): rendered.append("</\(name)>")
            case .text(let text): rendered.append("'\(text.string)'")
            case .comment: rendered.append("comment")
            case .processingInstruction(let target): rendered.append("?\(target)")
            }
        }
        return rendered
    }

    private func error(_ xml: String) -> XMLError? {
        do {
            _ = try render(xml)
            return nil
        } catch {
            return error as? XMLError
        }
    }

    @Test func tokenizesElementsAttributesAndText() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:p w:rsidR='00A1'><w:r><w:t xml:space="preserve">Lead &amp; manage</w:t><w:tab/></w:r></w:p>
            """
        #expect(
            try render(xml) == [
                "?xml", "'\n'", "<w:p w:rsidR=00A1>", "<w:r>", "<w:t xml:space=preserve>", "'Lead & manage'", "</w:t>",
                "<w:tab/>", "</w:tab>", "</w:r>", "</w:p>",
            ])
    }

    @Test func decodesEntitiesCharacterReferencesAndCDATA() throws {
        let xml = "<a b=\"&quot;x&quot; &lt;&gt;\">&apos;&#169;&#x2014;&#x1F600;<![CDATA[<not> &amp; markup]]><!-- note --></a>"
        #expect(try render(xml) == ["<a b=\"x\" <>>", "''©—😀'", "'<not> &amp; markup'", "comment", "</a>"])
    }

    @Test func findsAttributesByQualifiedName() throws {
        var tokenizer = XMLTokenizer(Array("<w:sym w:font=\"Symbol\" w:char=\"F0B7\"/>".utf8))
        guard case .startElement(let tag) = try tokenizer.next() else {
            Issue.record("expected a start tag")
            return
        }
        #expect(tag.attribute("w:char") == "F0B7")
        #expect(tag.attribute("w:font") == "Symbol")
        #expect(tag.attribute("char") == nil)
    }

    @Test func appendsDecodedTextToAByteBuffer() throws {
        var tokenizer = XMLTokenizer(Array("<t>caf&#xE9; &amp; more</t>".utf8))
        _ = try tokenizer.next()
        guard case .text(let text) = try tokenizer.next() else {
            Issue.record("expected text")
            return
        }
        var buffer: [UInt8] = Array("» ".utf8)
        text.appendDecoded(to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "» café & more")
    }

    @Test func skipsAUTF8ByteOrderMark() throws {
        #expect(try render("\u{FEFF}<a/>") == ["<a/>", "</a>"])
    }

    @Test func reportsMalformedMarkupWithItsOffset() {
        #expect(error("<a><b></a>") == XMLError(.mismatchedEndTag(expected: "b", found: "a"), offset: 6))
        #expect(error("<a></a></b>") == XMLError(.mismatchedEndTag(expected: nil, found: "b"), offset: 7))
        #expect(error("<a><b>") == XMLError(.unexpectedEnd("<b> is not closed"), offset: 6))
        #expect(error("<a>&nbsp;</a>") == XMLError(.invalidReference("&nbsp;</a>"), offset: 3))
        #expect(error("<a>&#0;</a>")?.problem == .invalidReference("&#0;</a>"))
        #expect(error("<a>&#xD800;</a>")?.offset == 3)
        #expect(error("<a>&#x-12;</a>")?.offset == 3)
        #expect(error("<a b=c/>") == XMLError(.malformed("expected a quoted attribute value"), offset: 5))
        #expect(error("<a b=\"1\"c=\"2\"/>") == XMLError(.malformed("expected a space before an attribute"), offset: 8))
        #expect(error("<a b=\"<\"/>") == XMLError(.malformed("< inside an attribute value"), offset: 6))
        #expect(error("<1a/>") == XMLError(.malformed("expected a name"), offset: 1))
        #expect(error("<a/><b/>") == XMLError(.malformed("a second root element"), offset: 4))
        #expect(error("text<a/>") == XMLError(.malformed("text outside the root element"), offset: 0))
        #expect(error("") == XMLError(.unexpectedEnd("there is no root element"), offset: 0))
        #expect(error("<a><!-- open") == XMLError(.unexpectedEnd("a comment is not closed"), offset: 3))
        #expect(error("<!DOCTYPE a [<!ENTITY x \"y\">]><a/>") == XMLError(.documentTypeNotSupported, offset: 0))
        #expect(error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")?.problem == .unsupportedEncoding("ISO-8859-1"))
        #expect(error("<a>&#X41;</a>")?.offset == 3)  // XML allows only a lower-case x
        #expect(XMLError(.documentTypeNotSupported, offset: 0).description.contains("document type"))
    }

    @Test func rejectsUTF16() {
        var tokenizer = XMLTokenizer([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00])
        #expect(throws: XMLError(.unsupportedEncoding("UTF-16"), offset: 0)) { try tokenizer.next() }
    }

    @Test func neverTrapsOnAnyPrefixOrDamage() {
        // Every prefix of a realistic fragment, and every single-byte replacement with a markup character.
        let xml = Array(DocxBuilder().heading("A & B", level: 1).bullet("x").table([["1", "2"]]).documentXML.utf8)
        for end in 0...xml.count { _ = try? drain(Array(xml[0..<end])) }
        for index in xml.indices {
            for replacement in Array("<>&;\"'/=!?".utf8) {
                var damaged = xml
                damaged[index] = replacement
                _ = try? drain(damaged)
            }
        }
        #expect(throws: XMLError.self) { try drain(Array(xml.dropLast(5))) }
    }

    private func drain(_ bytes: [UInt8]) throws {
        var tokenizer = XMLTokenizer(bytes)
        while let token = try tokenizer.next() {
            if case .startElement(let tag) = token { _ = tag.attributes }
            if case .text(let text) = token { _ = text.string }
        }
    }
}
