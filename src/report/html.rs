//! The printable handout: one self-contained HTML file (no script, no network: every style
//! and chart inline), in the interface language. Per occupation the answer card comes first,
//! then the charts of pay by province and the outlook, then the sections in the handout's
//! order (`report::handout_sections`); the attribution lines end it. Every text from the
//! data or the user is escaped.

use super::document::{Block, SUB, Section};
use super::markdown::HandoutHeader;
use crate::i18n::{Labels, fill};
use crate::locale::Lang;
use crate::model::{Dataset, UnitGroup};

/// Text made safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's style: A4 with margins, each occupation from a new page, the CJK font named
/// for Japanese, long words wrapped rather than overflowing.
const STYLE: &str = r#"
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
html { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; }
html:lang(ja) { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Noto Sans", sans-serif; }
body { margin: 0 auto; max-width: 182mm; line-height: 1.4; overflow-wrap: anywhere; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 0 0 2pt; border-bottom: 2px solid #1f4e79; padding-bottom: 2pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; color: #1f4e79; break-after: avoid; }
p, ul { margin: 2pt 0; }
ul { padding-left: 14pt; }
.intro, .meta { color: #444; }
article { break-before: page; }
article.first { break-before: auto; margin-top: 10pt; }
.code { font-variant-numeric: tabular-nums; color: #1f4e79; }
.second { font-style: italic; margin: 0; }
.card { border: 1.5px solid #1f4e79; border-radius: 4pt; padding: 4pt 9pt 7pt; margin: 8pt 0; background: #f4f8fc; break-inside: avoid; }
.card h3 { margin-top: 4pt; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 8pt; margin: 2pt 0; }
.card dt { font-weight: bold; }
.card dd { margin: 0; }
.charts { display: flex; flex-wrap: wrap; gap: 6pt 14pt; break-inside: avoid; }
figure { margin: 4pt 0; max-width: 88mm; }
figcaption { font-size: 8pt; color: #444; }
figure .title { font-weight: bold; font-size: 9pt; margin-bottom: 2pt; }
svg.chart { max-width: 100%; height: auto; font-size: 8px; }
svg .axis, svg .value { fill: #333; }
svg .band { fill: #9dc3e6; }
svg .median { fill: #1f4e79; }
svg .grid { stroke: #999; stroke-width: 0.6; }
svg .line { fill: none; stroke: #1f4e79; stroke-width: 1.6; }
svg .dot { fill: #1f4e79; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0; font-size: 8.5pt; }
th, td { border-bottom: 0.5px solid #bbb; padding: 1pt 4pt; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.source { font-size: 8pt; color: #555; }
.note { font-size: 8.5pt; color: #7a4b00; border-left: 3px solid #d9a441; padding-left: 5pt; }
section { break-inside: auto; }
footer { break-before: page; font-size: 8.5pt; }
footer li { margin-bottom: 2pt; }
"#;

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
        Lang::Ja => "ja",
    }
}

/// A figure, aligned right: "2,400", "23,50 $", "–".
fn numeric(cell: &str) -> bool {
    cell == "–"
        || (cell.chars().any(|c| c.is_ascii_digit())
            && cell
                .chars()
                .all(|c| c.is_ascii_digit() || "-,.$% \u{a0}\u{202f}".contains(c)))
}

fn lines_html(lines: &[String], out: &mut String) {
    if let [only] = lines {
        out.push_str(&format!("<p>{}</p>", escape(only)));
        return;
    }
    out.push_str("<ul>");
    let mut open_sub = false;
    for (i, line) in lines.iter().enumerate() {
        match line.strip_prefix(SUB) {
            Some(sub) => {
                if !open_sub {
                    out.push_str("<ul>");
                    open_sub = true;
                }
                out.push_str(&format!("<li>{}</li>", escape(sub)));
            }
            None => {
                if open_sub {
                    out.push_str("</ul></li>");
                    open_sub = false;
                } else if i > 0 {
                    out.push_str("</li>");
                }
                // A line with sub-items is their sub-heading.
                let heading = lines.get(i + 1).is_some_and(|n| n.starts_with(SUB));
                if heading {
                    out.push_str(&format!("<li><strong>{}</strong>", escape(line)));
                } else {
                    out.push_str(&format!("<li>{}", escape(line)));
                }
            }
        }
    }
    out.push_str(if open_sub {
        "</ul></li></ul>"
    } else {
        "</li></ul>"
    });
}

/// Sections as HTML: headings of `<h3>`, lists, tables, source lines and notes.
pub fn sections_html(sections: &[Section], l: &Labels) -> String {
    let mut out = String::new();
    for section in sections {
        out.push_str(&format!("<section><h3>{}</h3>", escape(&section.heading)));
        for block in &section.blocks {
            match block {
                Block::Lines(lines) => lines_html(lines, &mut out),
                Block::Table { header, rows } => {
                    let num: Vec<bool> = (0..header.len())
                        .map(|i| i > 0 && rows.iter().all(|r| r.get(i).is_some_and(|c| numeric(c))))
                        .collect();
                    let class = |i: usize| if num[i] { r#" class="num""# } else { "" };
                    out.push_str("<table><thead><tr>");
                    for (i, h) in header.iter().enumerate() {
                        out.push_str(&format!("<th{}>{}</th>", class(i), escape(h)));
                    }
                    out.push_str("</tr></thead><tbody>");
                    for row in rows {
                        out.push_str("<tr>");
                        for (i, c) in row.iter().enumerate() {
                            out.push_str(&format!("<td{}>{}</td>", class(i), escape(c)));
                        }
                        out.push_str("</tr>");
                    }
                    out.push_str("</tbody></table>");
                }
                Block::Source(s) => out.push_str(&format!(
                    r#"<p class="source">{} {}</p>"#,
                    escape(l.source_prefix),
                    escape(s)
                )),
                Block::Note(n) => out.push_str(&format!(r#"<p class="note">{}</p>"#, escape(n))),
            }
        }
        out.push_str("</section>");
    }
    out
}

/// The card: what the job is and the four answers, in a box.
fn card_html(ds: &Dataset, unit: &UnitGroup, l: &Labels) -> String {
    let mut out = String::from(r#"<div class="card">"#);
    let sections = super::card_sections(ds, unit, l.lang);
    out.push_str(&sections_html(&sections[..1], l));
    out.push_str(&format!("<h3>{}</h3><dl>", escape(l.depth.at_a_glance)));
    let f = crate::facts::for_unit(ds, unit);
    let d = crate::facts::depth::for_unit(ds, &unit.code);
    for (label, value) in super::card::glance(l, &f, Some(&d), None) {
        let label = label.trim_end_matches([':', '：']);
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>",
            escape(label),
            escape(&value)
        ));
    }
    out.push_str("</dl></div>");
    out
}

/// The two charts with their titles and sources.
fn charts_html(ds: &Dataset, unit: &UnitGroup, l: &Labels) -> String {
    let r = &l.report;
    let f = crate::facts::for_unit(ds, unit);
    let d = crate::facts::depth::for_unit(ds, &unit.code);
    let mut out = String::from(r#"<div class="charts">"#);
    let rows: Vec<(String, &crate::facts::ProvinceWageFact)> = f
        .wages
        .provinces
        .iter()
        .map(|p| (super::figures::province(l, &p.province), p))
        .collect();
    let title = fill(r.chart_pay, &[("year", &f.wages.year.to_string())]);
    let svg = super::svg::pay_by_province(l.lang, &rows, &title);
    if !svg.is_empty() {
        out.push_str(&figure(
            &title,
            &svg,
            &super::figures::source(&f.wages.source),
            l,
        ));
    }
    let title = r.chart_outlook;
    let svg = super::svg::outlook_series(l.lang, &d.outlook.yearly, title);
    if !svg.is_empty() {
        out.push_str(&figure(
            title,
            &svg,
            &super::figures::source(&d.outlook.source),
            l,
        ));
    }
    out.push_str("</div>");
    out
}

fn figure(title: &str, svg: &str, source: &str, l: &Labels) -> String {
    format!(
        r#"<figure><div class="title">{}</div>{svg}<figcaption>{} {}</figcaption></figure>"#,
        escape(title),
        escape(l.source_prefix),
        escape(source)
    )
}

/// The handout as one HTML page.
pub fn handout(ds: &Dataset, units: &[&UnitGroup], header: &HandoutHeader) -> String {
    let l = Labels::for_lang(header.lang);
    let title = header.title();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang_code(header.lang),
        escape(&title)
    );
    out.push_str(&format!(
        "<header><h1>{}</h1><p class=\"intro\">{}</p></header>\n",
        escape(&title),
        escape(&header.intro(units.len()))
    ));
    for (i, unit) in units.iter().enumerate() {
        let class = if i == 0 { " class=\"first\"" } else { "" };
        let (main, second) = super::titles(ds, unit, l);
        out.push_str(&format!(
            "<article{class}><h2><span class=\"code\">{}</span> {}</h2>",
            escape(&unit.code),
            escape(&main)
        ));
        if let Some(second) = second {
            out.push_str(&format!("<p class=\"second\">{}</p>", escape(&second)));
        }
        out.push_str(&format!(
            "<p class=\"meta\">{} · {}</p>",
            escape(&super::teer(l, unit.teer)),
            escape(&fill(
                l.report.where_it_sits,
                &[(
                    "path",
                    &super::markdown::hierarchy_path(ds, unit, header.lang)
                )],
            ))
        ));
        out.push_str(&card_html(ds, unit, l));
        out.push_str(&charts_html(ds, unit, l));
        out.push_str(&sections_html(
            &super::handout_sections(ds, unit, header.lang),
            l,
        ));
        out.push_str("</article>\n");
    }
    out.push_str(&format!("<footer><h2>{}</h2><ul>", escape(l.sources)));
    for s in crate::facts::sources() {
        out.push_str(&format!(
            "<li><strong>{}</strong>, {} ({}). {}</li>",
            escape(s.name),
            escape(s.publisher),
            escape(s.vintage),
            escape(s.attribution)
        ));
    }
    out.push_str(&format!(
        "</ul><p>{}</p></footer>\n</body>\n</html>\n",
        escape(l.rules_change)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn sub_items_nest_under_their_sub_heading() {
        let mut out = String::new();
        lines_html(
            &[
                "Intro:".into(),
                "Ocularists".into(),
                format!("{SUB}Paint the iris"),
                format!("{SUB}Clean <prostheses>"),
                "Other".into(),
            ],
            &mut out,
        );
        assert_eq!(
            out,
            "<ul><li>Intro:</li><li><strong>Ocularists</strong><ul><li>Paint the iris</li>\
             <li>Clean &lt;prostheses&gt;</li></ul></li><li>Other</li></ul>"
        );
    }
}
