//! The answer card: what the job is, then the immigration answer in one line, the median pay
//! and where it ranks, the outlook and the share of tasks exposed to AI, each naming its
//! source and date. Worded once for the explorer's Overview, the handouts and `show`.

use crate::facts::Facts;
use crate::facts::depth::{DepthFacts, Status};
use crate::i18n::{Labels, wording};
use crate::locale;
use crate::rules::score::ScoreInput;

/// "✓", "✗" or "?".
pub fn eligibility_mark(eligible: Option<bool>) -> &'static str {
    match eligible {
        Some(true) => "✓",
        Some(false) => "✗",
        None => "?",
    }
}

/// The first sentence of a text: up to the first full stop followed by a space and a capital.
pub fn first_sentence(text: &str) -> &str {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '.'
            && chars.next_if(|(_, c)| *c == ' ').is_some()
            && chars.peek().is_some_and(|(_, c)| c.is_uppercase())
        {
            return &text[..=i];
        }
    }
    text
}

/// The card's four lines as (label, value): immigration, pay, outlook, AI. `depth` is `None`
/// while the explorer still computes it; `lead` is a province code to name first (the
/// explorer's province filter).
pub fn glance(
    l: &Labels,
    f: &Facts,
    depth: Option<&DepthFacts>,
    lead: Option<&str>,
) -> Vec<(&'static str, String)> {
    let (d, lang) = (&l.depth, l.lang);
    let number = |n: i64| locale::number(lang, n);
    // Immigration: the one-line answer (Express Entry programs open, the category in force
    // and its last round, the provinces whose lists name it), then where it comes from.
    let immigration = format!(
        "{} · {}",
        crate::i18n::answer::one_line(l, f, lead),
        crate::i18n::answer::sources(l, f)
    );

    // Pay: the median the score uses and where it ranks among the occupations.
    let pay = f.score.components.iter().find(|c| c.id == "pay");
    let rank = |p: f64| {
        let q = ((p / 25.0).floor() as usize).min(3);
        d.pay_rank
            .replacen("{}", d.quarters[q], 1)
            .replacen("{}", &format!("{p:.0}"), 1)
    };
    let pay = match pay.map(|c| &c.detail) {
        Some(ScoreInput::JobBankWage {
            year,
            median_hourly,
            percentile,
        }) => format!(
            "{}{} {} ({} {year}) · {}",
            locale::cents(lang, *median_hourly),
            l.per_hour,
            l.wage_median.to_lowercase(),
            d.job_bank,
            rank(*percentile)
        ),
        Some(ScoreInput::CensusIncome {
            year,
            median_annual,
            percentile,
            ..
        }) => format!(
            "{}{} {} ({} {year}) · {}",
            locale::money(lang, *median_annual),
            l.per_year,
            l.wage_median.to_lowercase(),
            d.census,
            rank(*percentile)
        ),
        _ => f.wages.gap.as_ref().map_or_else(
            || l.no_data.to_string(),
            |gap| wording::wage_gap(l, gap).join(" "),
        ),
    };

    // Outlook: the projected conditions and the ten-year openings and seekers.
    let o = &f.outlook;
    let future = wording::conditions(
        l,
        o.future_conditions.as_ref(),
        o.future_conditions_fr.as_ref(),
    );
    let mut outlook = vec![future.unwrap_or_else(|| l.not_published.to_string())];
    if let (Some(open), Some(seek)) = (o.job_openings, o.job_seekers) {
        outlook.push(
            d.openings_for_seekers
                .replacen("{}", &number(open), 1)
                .replacen("{}", &number(seek), 1),
        );
    }
    outlook.extend(crate::i18n::first_steps::outlook_why(l, o, true));
    outlook.push(format!("COPS {}", o.period));

    // AI: the share of the labelled tasks in each group.
    let ai = match depth.map(|x| &x.ai) {
        None => d.computing.to_string(),
        Some(ai) if ai.groups.is_empty() || ai.status != Status::Loaded => {
            wording::depth_status(l, &ai.status)
        }
        Some(ai) => {
            let share = |label: &str| {
                locale::percent(
                    lang,
                    ai.groups
                        .iter()
                        .find(|g| g.label == label)
                        .map_or(0.0, |g| g.share),
                )
            };
            let n: usize = ai.groups.iter().map(|g| g.count).sum();
            d.ai_share
                .replace("{e1}", &share("E1"))
                .replace("{e2}", &share("E2"))
                .replace("{e0}", &share("E0"))
                .replace("{n}", &number(n as i64))
        }
    };
    let ai = match depth {
        Some(x) if !x.ai.groups.is_empty() => {
            let who = x.ai.source.publisher.split(',').next().unwrap_or_default();
            format!("{ai} · {who}")
        }
        _ => ai,
    };
    vec![
        (d.g_immigration, immigration),
        (d.g_pay, pay),
        (d.g_outlook, outlook.join(" · ")),
        (d.g_ai, ai),
    ]
}
