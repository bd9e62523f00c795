/// The one stylesheet of the HTML reports, inlined so a report is a single file that works offline and prints on A4.
///
/// Colours are chosen for contrast: text on every status colour is near-black and exceeds 4.5:1 (most exceed 10:1),
/// and every status also carries a word or symbol, so nothing depends on telling colours apart.
enum HTMLStyles {
    /// The CSS text.
    static let css = """
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --rule: #8a8a8a; --paper: #ffffff;
      --covered: #cdebd3; --weak: #fbe3a8; --gap: #f7c6c6; --na: #e2e2e2; --mark: #fff176; }
    * { box-sizing: border-box; }
    html { color: var(--ink); background: var(--paper); }
    body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; }
    main { max-width: 190mm; margin: 0 auto; padding: 12mm 8mm; }
    h1 { font-size: 20pt; margin: 0 0 4mm; line-height: 1.2; }
    h2 { font-size: 15pt; margin: 8mm 0 3mm; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; }
    h3 { font-size: 12pt; margin: 5mm 0 1.5mm; }
    p, li, td, th, dd, dt { overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9.5pt; }
    caption { text-align: left; font-weight: bold; padding: 1mm 0; }
    th, td { border: 1px solid var(--rule); padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
    thead th { background: #eeeeee; overflow-wrap: break-word; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .id { white-space: nowrap; }
    .ids { overflow-wrap: normal; }
    dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0 0 4mm; }
    dl.details dt { font-weight: bold; }
    dl.details dd { margin: 0; }
    .overdue { border: 2px solid #8b0000; background: var(--gap); padding: 2mm 3mm; font-weight: bold; }
    .advisory { border-left: 4px solid var(--ink); background: #f2f2f2; padding: 2mm 3mm; }
    .headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(40mm, 1fr)); gap: 3mm; margin: 3mm 0; }
    .headline div { border: 1px solid var(--rule); padding: 2mm 3mm; }
    .headline .figure { display: block; font-size: 20pt; font-weight: bold; line-height: 1.1; }
    .badge { display: inline-block; padding: 0 1.5mm; border: 1px solid var(--ink); border-radius: 1mm; white-space: nowrap; }
    .s-covered { background: var(--covered); }
    .s-weak { background: var(--weak); }
    .s-gap { background: var(--gap); }
    .s-na { background: var(--na); }
    .legend { list-style: none; padding: 0; margin: 1mm 0 3mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 9pt; }
    table.heatmap { table-layout: fixed; }
    table.heatmap th[scope=row] { width: 30%; }
    table.heatmap td { text-align: center; font-size: 8.5pt; padding: 1mm 0.5mm; }
    table.heatmap td.empty { background: var(--paper); border-color: #d0d0d0; }
    table.heatmap .sid { display: block; font-weight: bold; }
    table.team td.cell { text-align: center; white-space: nowrap; }
    table.team thead th { font-size: 8.5pt; }
    mark { background: var(--mark); color: var(--ink); font-weight: bold; text-decoration: underline; padding: 0 0.3mm; }
    .item { border-top: 1px solid #c8c8c8; padding: 1.5mm 0 2mm; break-inside: avoid; }
    .item h3 { margin: 0 0 1mm; font-size: 10.5pt; color: var(--muted); }
    .item p { margin: 0 0 1mm; }
    .item ul { margin: 0; padding-left: 5mm; font-size: 9.5pt; }
    .criterion { font-style: italic; color: var(--muted); }
    svg { display: block; max-width: 100%; height: auto; margin: 2mm 0 4mm; }
    svg text { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; fill: var(--ink); }
    footer { margin-top: 8mm; font-size: 9pt; color: var(--muted); }
    @page { size: A4; margin: 15mm 14mm 16mm; }
    @media print {
      body { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      section.major { break-before: page; }
      h2, h3 { break-after: avoid; }
      tr, .item, svg, .headline div { break-inside: avoid; }
      thead { display: table-header-group; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
