#!/usr/bin/env python3
"""Builds the synthetic JD corpus and the keyword list for Scripts/benchmark.

Every JD is made of real lines from the gold files (duties, person-specification criteria and headings),
shuffled with a fixed seed, so the corpus is the same on every machine and run. Formats are mixed the way
schools send them: plain text (some UTF-16 LE with a BOM, some Windows-1252, some CRLF), Markdown and .docx.

Usage: make-corpus.py --root REPO --jds N --out CORPUS_DIR --keywords KEYWORDS_FILE [--seed S] [--size BYTES] [--unique-lines]
       make-corpus.py --root REPO --docx-from Examples/NAME.txt --out NAME.docx
The second form turns one example JD into a .docx (headings styled from its gold file) for the one-JD timing.
With --unique-lines every duty and criterion ends with its own reference ("(ref 00042/7)"), so no line of the
corpus repeats, so jdalign's cache of lines already matched never answers (its caches of word stems and headings
still do: the vocabulary is the gold files').
"""

import argparse
import glob
import json
import os
import random
import shutil
import zipfile
from xml.sax.saxutils import escape

TITLES = [
    "Deputy Headteacher", "Assistant Headteacher", "Head of School", "Executive Headteacher", "Headteacher",
    "Head of Year", "Upper School Leader", "SENCo", "Director of Learning", "Associate Principal",
]
LINE_MANAGERS = ["Headteacher", "Executive Headteacher", "Head of School", "the Governing Body", "Principal"]
GRADES = ["L11 - L14", "L6 - L10", "L18 - L24", "MPS/UPS + TLR 1b", "Leadership Pay Range L8 - L12"]
PERSON_SPEC_HEADINGS = ["Person Specification", "Qualifications and Training", "Experience", "Skills and Knowledge",
                        "Personal Qualities"]
BULLETS = ["· ", "• ", "- ", "* ", ""]
# Share of each format; the rest of the plain-text share is UTF-8 with LF endings.
FORMAT_WEIGHTS = [("txt", 70), ("md", 20), ("docx", 10)]
TXT_ENCODINGS = [("utf-8", 55), ("utf-16", 15), ("cp1252", 15), ("utf-8-crlf", 15)]


def load_gold_lines(root):
    """Duty, person-spec and heading lines of every gold file, each list in file order."""
    duties, person_spec, headings = [], [], []
    for path in sorted(glob.glob(os.path.join(root, "Tests/Fixtures/gold/*.gold.json"))):
        with open(path, encoding="utf-8") as handle:
            for line in json.load(handle)["lines"]:
                text = line["text"].strip()
                if not text:
                    continue
                {"duty": duties, "person-spec": person_spec, "heading": headings}.get(line["kind"], []).append(text)
    return duties, person_spec, headings


def keyword_terms(root):
    """Every keyword term of the default frameworks, lower case, trailing `*` stripped, de-duplicated, sorted."""
    terms = set()

    def walk(node):
        if isinstance(node, dict):
            for group in node.get("keywords") or []:
                for term in group.get("terms", []) if isinstance(group, dict) else []:
                    term = term.rstrip("*").strip().lower()
                    if term:
                        terms.add(term)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("hs2020-exec.json", "nseh2015.json"):
        with open(os.path.join(root, "Standards", name), encoding="utf-8") as handle:
            walk(json.load(handle))
    return sorted(terms)


def weighted(rng, choices):
    total = sum(weight for _, weight in choices)
    pick = rng.uniform(0, total)
    for value, weight in choices:
        pick -= weight
        if pick <= 0:
            return value
    return choices[-1][0]


def heading_style(rng, kind):
    """How this JD writes its headings; Markdown files always use `##`."""
    if kind == "md":
        return "markdown"
    if kind == "docx":
        return "docx"
    return rng.choice(["caps", "lettered", "plain", "markdown"])


def format_heading(text, style, index):
    text = text.rstrip(":")
    if style == "caps":
        return text.upper()
    if style == "lettered":
        return f"{chr(ord('A') + index % 26)}. {text}"
    if style == "markdown":
        return f"## {text}"
    return text + ":"


def build_jd(rng, number, lines, size, unique_lines=False):
    """A JD as a list of (kind, text) blocks, kind one of title, meta, heading, item."""
    duties, person_spec, headings = lines
    title = f"{rng.choice(TITLES)} ({number:05d})"
    blocks = [("title", title), ("meta", f"Responsible to: {rng.choice(LINE_MANAGERS)}"),
              ("meta", f"Grade: {rng.choice(GRADES)}"), ("meta", f"Job reference: JD-{number:05d}")]
    used = sum(len(text) + 1 for _, text in blocks)
    spec_share = size // 5
    # Duties fill about four fifths, in sections of 4–9 lines; the person specification fills the rest.
    while used < size - spec_share:
        blocks.append(("heading", rng.choice(headings)))
        for duty in rng.sample(duties, rng.randint(4, 9)):
            blocks.append(("item", unique(duty, number, len(blocks)) if unique_lines else duty))
            used += len(duty) + 3
    blocks.append(("heading", rng.choice(PERSON_SPEC_HEADINGS)))
    while used < size:
        criterion = rng.choice(person_spec)
        blocks.append(("item", unique(criterion, number, len(blocks)) if unique_lines else criterion))
        used += len(criterion) + 3
    return blocks


def unique(text, number, index):
    """The line with a reference that no other line of the corpus has, before any closing full stop."""
    reference = f"(ref {number:05d}/{index})"
    return f"{text[:-1]} {reference}." if text.endswith(".") else f"{text} {reference}"


def render_text(blocks, style, bullet):
    out, heading_index = [], 0
    for kind, text in blocks:
        if kind == "title":
            out.append(("# " + text) if style == "markdown" else text.upper())
            out.append("")
        elif kind == "meta":
            out.append(text)
        elif kind == "heading":
            out.append("")
            out.append(format_heading(text, style, heading_index))
            heading_index += 1
        else:
            out.append(bullet + text)
    return "\n".join(out) + "\n"


def markdown_bullet(bullet):
    """Markdown files use Markdown list markers."""
    return bullet if bullet in ("- ", "* ") else "- "


def encode_text(rng, text):
    """Bytes of a .txt file in one of the encodings schools send; Windows-1252 only when the text fits it."""
    encoding = weighted(rng, TXT_ENCODINGS)
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "cp1252":
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            return text.encode("utf-8")
    if encoding == "utf-8-crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    return text.encode("utf-8")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
</Relationships>"""


def docx_paragraph(text, style=None):
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def render_docx(blocks, bullet):
    paragraphs = []
    for kind, text in blocks:
        if kind == "title":
            paragraphs.append(docx_paragraph(text, "Title"))
        elif kind == "heading":
            paragraphs.append(docx_paragraph(text.rstrip(":"), "Heading1"))
        elif kind == "item":
            paragraphs.append(docx_paragraph(bullet + text))
        else:
            paragraphs.append(docx_paragraph(text))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(paragraphs) + "</w:body></w:document>")


def write_docx(path, document):
    # A fixed timestamp keeps the archive byte-for-byte identical between runs.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def example_docx(root, text_path, out_path):
    """One example JD as a .docx, a paragraph a line, lines the gold file calls headings in the Heading1 style."""
    stem = os.path.splitext(os.path.basename(text_path))[0]
    with open(os.path.join(root, "Tests/Fixtures/gold", stem + ".gold.json"), encoding="utf-8") as handle:
        headings = {line["text"].strip() for line in json.load(handle)["lines"] if line["kind"] == "heading"}
    with open(text_path, encoding="utf-8-sig") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    paragraphs = [docx_paragraph(line, "Heading1" if line in headings else None) for line in lines]
    write_docx(out_path, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
               + "".join(paragraphs) + "</w:body></w:document>")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--jds", type=int, default=10_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--keywords")
    parser.add_argument("--docx-from", help="write one example JD as a .docx to --out instead of a corpus")
    parser.add_argument("--seed", type=int, default=20_250_101)
    parser.add_argument("--size", type=int, default=10_000, help="approximate characters per JD")
    parser.add_argument("--unique-lines", action="store_true", help="give every duty and criterion its own reference")
    arguments = parser.parse_args()
    if arguments.docx_from:
        example_docx(arguments.root, arguments.docx_from, arguments.out)
        return
    if not arguments.keywords:
        parser.error("--keywords is required when building a corpus")

    lines = load_gold_lines(arguments.root)
    with open(arguments.keywords, "w", encoding="utf-8") as handle:
        handle.write("\n".join(keyword_terms(arguments.root)) + "\n")

    shutil.rmtree(arguments.out, ignore_errors=True)
    rng = random.Random(arguments.seed)
    counts = {"txt": 0, "md": 0, "docx": 0}
    for number in range(1, arguments.jds + 1):
        # 100 JDs a folder, so the batch mode's recursive walk is exercised.
        folder = os.path.join(arguments.out, f"{(number - 1) // 100:03d}")
        os.makedirs(folder, exist_ok=True)
        kind = weighted(rng, FORMAT_WEIGHTS)
        blocks = build_jd(rng, number, lines, arguments.size, arguments.unique_lines)
        bullet = rng.choice(BULLETS)
        path = os.path.join(folder, f"jd-{number:05d}.{kind}")
        if kind == "docx":
            write_docx(path, render_docx(blocks, bullet))
        else:
            text = render_text(blocks, heading_style(rng, kind), markdown_bullet(bullet) if kind == "md" else bullet)
            with open(path, "wb") as handle:
                handle.write(encode_text(rng, text) if kind == "txt" else text.encode("utf-8"))
        counts[kind] += 1
    print(" ".join(f"{kind}={count}" for kind, count in counts.items()))


if __name__ == "__main__":
    main()
