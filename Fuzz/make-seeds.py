#!/usr/bin/env python3
"""Writes the checked-in seed corpora under Fuzz/corpus/ (run once; the outputs are committed).

Python is used only because its zlib gives real DEFLATE streams to start from; the fuzzers do not need it.
"""
import io
import json
import pathlib
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parent / "corpus"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/numbering" Target="numbering.xml"/></Relationships>'
)
STYLES = (
    f'<?xml version="1.0"?><w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>'
)
NUMBERING = (
    f'<?xml version="1.0"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="&#8226;"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)
BODY = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Key responsibilities</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    '<w:r><w:t xml:space="preserve">Lead safeguarding &amp; child protection</w:t></w:r></w:p>'
    '<w:ins><w:r><w:t>added</w:t></w:r></w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>'
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>Caf&#xE9;</w:t><w:br/></w:r></w:p>'
    '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc>'
    '<w:tc><w:p><w:r><w:t>Budget</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
)
DOCUMENT = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{BODY}<w:sectPr/></w:body></w:document>'


def docx(method, with_styles=True):
    buffer = io.BytesIO()
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": DOCUMENT,
    }
    if with_styles:
        parts.update({"word/styles.xml": STYLES, "word/numbering.xml": NUMBERING})
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            # A fixed date keeps the seeds byte-for-byte reproducible.
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 9, 1, 0, 0, 0)), text, compress_type=method)
    return buffer.getvalue()


def deflate(data, level=9, strategy=zlib.Z_DEFAULT_STRATEGY):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return compressor.compress(data) + compressor.flush()


def write(target, name, data):
    folder = ROOT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


text = (ROOT.parents[1] / "Examples" / "head-of-year.txt").read_bytes()[:1500] + bytes(range(256))
write("zip", "docx-deflated.zip", docx(zipfile.ZIP_DEFLATED))
write("zip", "docx-stored.zip", docx(zipfile.ZIP_STORED, with_styles=False))
write("zip", "dynamic.deflate", deflate(text))
write("zip", "fixed.deflate", deflate(text, strategy=zlib.Z_FIXED))
write("zip", "stored.deflate", deflate(text, level=0))
write("zip", "runs.deflate", deflate(b"a" * 2000 + b"ab" * 500, strategy=zlib.Z_RLE))
write("docx", "deflated.docx", docx(zipfile.ZIP_DEFLATED))
write("docx", "stored.docx", docx(zipfile.ZIP_STORED))
write("docx", "document.xml", DOCUMENT)
write("docx", "styles.xml", STYLES)
write("docx", "all-parts.xml", DOCUMENT.replace("<w:body>", STYLES.split("?>", 1)[1].replace(f" {W}", "") + NUMBERING.split("?>", 1)[1].replace(f" {W}", "") + "<w:body>"))
write("docx", "odd.xml", '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><a b=\'1\'><!-- c --><![CDATA[<d>]]>&lt;&#65;&#x42;<?pi x?></a>')

rules = {
    "readme": 'safeguard* OR "child protection" OR (welfare NEAR/4 (pupil* OR child*))',
    "weights": 'budget^2 "child protection"^1.5 (a OR b)^0.5',
    "exclusion": "curriculum AND NOT (extra OR co) governor*",
    "curly": "\u201cpupil* premium\u201d AND NOT sen*",
    "nested": "((((finance AND (audit OR \"value for money\")) NEAR/2 trust)))",
    "errors": "a OR NOT b AND ( NEAR/0 c^ \"d",
}
for name, rule in rules.items():
    write("rules", name, rule)

# The queries the bundled standards use, so the rule fuzzer starts from real rules (about 13 KB in all).


def queries(node):
    if isinstance(node, dict):
        if isinstance(node.get("query"), str):
            yield node["query"]
        for value in node.values():
            yield from queries(value)
    elif isinstance(node, list):
        for value in node:
            yield from queries(value)


standards = sorted((ROOT.parents[1] / "Standards").glob("*.json"))
found = sorted({query for path in standards for query in queries(json.loads(path.read_text()))})
for number, query in enumerate(found, 1):
    write("rules", f"standard-{number:03}", query)
