//! Every rule a definition must meet, each broken one named with its path.

use super::*;

/// Every rule a well-formed definition breaks.
pub fn validate(d: &CycleDefinition) -> Vec<Problem> {
    let mut p = Vec::new();
    labels_complete(d, &mut p);
    if d.programme.is_blank(d.default_language) {
        p.push(problem("programme", say("definition-programme")));
    }
    if !(2000..=2100).contains(&d.year) {
        p.push(problem("year", say("definition-year")));
    }
    if d.time_zone.parse::<chrono_tz::Tz>().is_err() {
        let near = nearest_time_zones(&d.time_zone);
        let said = if near.is_empty() {
            say_with("definition-time-zone-unknown", &[("zone", d.time_zone.as_str().into())])
        } else {
            say_with(
                "definition-time-zone",
                &[("zone", d.time_zone.as_str().into()), ("suggestions", near.join(", ").into())],
            )
        };
        p.push(problem("time_zone", said));
    }
    if d.opens_at >= d.closes_at {
        p.push(problem("closes_at", say("definition-closes")));
    }
    if d.closes_at >= d.publish_at {
        p.push(problem("publish_at", say("definition-publish")));
    }
    if !(0..=20).contains(&d.max_attachments) {
        p.push(problem("max_attachments", say("definition-max-attachments")));
    }
    if d.min_attachments < 0 || d.min_attachments > d.max_attachments {
        p.push(problem("min_attachments", say("definition-min-attachments")));
    }
    if d.categories.is_empty() {
        p.push(problem("categories", say("definition-no-category")));
    }
    keys_unique(d.categories.iter().map(|c| c.key.as_str()), "categories", &mut p);
    for (i, c) in d.categories.iter().enumerate() {
        let at = |f: &str| format!("categories[{i}].{f}");
        key_rule(&c.key, &at("key"), &mut p);
        if c.name.is_blank(d.default_language) {
            p.push(problem(at("name"), say("definition-name")));
        }
        if c.max_per_state < 1 {
            p.push(problem(at("max_per_state"), say("refusal-at-least-one")));
        }
        if c.winners < 1 {
            p.push(problem(at("winners"), say("refusal-at-least-one")));
        }
        if c.champions < 0 {
            p.push(problem(at("champions"), say("definition-zero-or-more")));
        }
    }
    keys_unique(d.questions.iter().map(|q| q.key.as_str()), "questions", &mut p);
    for (i, q) in d.questions.iter().enumerate() {
        let at = |f: &str| format!("questions[{i}].{f}");
        key_rule(&q.key, &at("key"), &mut p);
        if q.label.is_blank(d.default_language) {
            p.push(problem(at("label"), say("definition-label")));
        }
        if !QUESTION_KINDS.contains(&q.kind.as_str()) {
            p.push(problem(
                at("kind"),
                say_with(
                    "definition-not-one-of",
                    &[("word", q.kind.as_str().into()), ("known", QUESTION_KINDS.join(", ").into())],
                ),
            ));
        }
        if q.max_length.is_some_and(|n| n < 1 || usize::try_from(n).is_ok_and(|n| n > LONGEST_TEXT_CHARS)) {
            p.push(problem(
                at("max_length"),
                say_with("definition-max-length", &[("most", LONGEST_TEXT_CHARS.into())]),
            ));
        }
        match (&q.kind[..], &q.choices) {
            ("choice", None) => p.push(problem(at("choices"), say("definition-choices-needed"))),
            ("choice", Some(c)) if c.len() < 2 => p.push(problem(at("choices"), say("definition-two-choices"))),
            ("choice", _) => {}
            (_, Some(_)) => p.push(problem(at("choices"), say("definition-choices-only"))),
            _ => {}
        }
    }
    if d.stages.is_empty() {
        p.push(problem("stages", say("definition-no-stage")));
    }
    keys_unique(d.stages.iter().map(|s| s.key.as_str()), "stages", &mut p);
    for (i, s) in d.stages.iter().enumerate() {
        validate_stage(d, i, s, &mut p);
    }
    if d.stages.last().is_some_and(|s| s.kind != "scoring" && s.kind != "public_vote") {
        p.push(problem(format!("stages[{}].kind", d.stages.len() - 1), say("definition-last-stage")));
    }
    p
}

fn validate_stage(d: &CycleDefinition, i: usize, s: &StageDefinition, p: &mut Vec<Problem>) {
    let at = |f: &str| format!("stages[{i}].{f}");
    key_rule(&s.key, &at("key"), p);
    if s.name.is_blank(d.default_language) {
        p.push(problem(at("name"), say("definition-name")));
    }
    if !STAGE_KINDS.contains(&s.kind.as_str()) {
        p.push(problem(
            at("kind"),
            say_with(
                "definition-not-one-of",
                &[("word", s.kind.as_str().into()), ("known", STAGE_KINDS.join(", ").into())],
            ),
        ));
    }
    if !AGGREGATIONS.contains(&s.aggregation.as_str()) {
        p.push(problem(
            at("aggregation"),
            say_with(
                "definition-not-one-of",
                &[("word", s.aggregation.as_str().into()), ("known", AGGREGATIONS.join(", ").into())],
            ),
        ));
    }
    if s.is_public_vote() {
        validate_vote(d, i, s, p);
    } else {
        if s.criteria.is_empty() {
            p.push(problem(at("criteria"), say("definition-no-criterion")));
        }
        for (field, given) in [
            ("opens_at", s.opens_at.is_some()),
            ("closes_at", s.closes_at.is_some()),
            ("complete_ballot_only", s.complete_ballot_only),
            ("show_counts", s.show_counts),
        ] {
            if given {
                p.push(problem(at(field), say("definition-vote-only")));
            }
        }
    }
    if s.kind == "scoring" {
        match s.reviewers_per_nomination {
            Some(n) if (1..=20).contains(&n) => {}
            Some(_) => p.push(problem(at("reviewers_per_nomination"), say("definition-reviewers"))),
            None => p.push(problem(at("reviewers_per_nomination"), say("definition-reviewers-needed"))),
        }
    }
    if s.disagreement_threshold.is_some_and(|t| !(0.0..=100.0).contains(&t)) {
        p.push(problem(at("disagreement_threshold"), say("definition-spread")));
    }
    match s.advance {
        Advance::TopN { n } if n < 1 => p.push(problem(at("advance.n"), say("refusal-at-least-one"))),
        Advance::MinScore { score } if !(0.0..=100.0).contains(&score) => {
            p.push(problem(at("advance.score"), say("definition-score")));
        }
        _ => {}
    }
    if let Some(due) = s.due_at
        && due <= d.closes_at
    {
        p.push(problem(at("due_at"), say("definition-due")));
    }
    keys_unique(s.criteria.iter().map(|c| c.key.as_str()), &at("criteria"), p);
    for (j, c) in s.criteria.iter().enumerate() {
        let at = |f: &str| format!("stages[{i}].criteria[{j}].{f}");
        key_rule(&c.key, &at("key"), p);
        if c.label.is_blank(d.default_language) {
            p.push(problem(at("label"), say("definition-label")));
        }
        if !(c.weight > 0.0 && c.weight.is_finite()) {
            p.push(problem(at("weight"), say("definition-weight")));
        }
        if !(c.min < c.max && c.min.is_finite() && c.max.is_finite()) {
            p.push(problem(at("max"), say("definition-scale")));
        }
        let mut scores = Vec::new();
        for (k, l) in c.levels.iter().enumerate() {
            let at = |f: &str| format!("stages[{i}].criteria[{j}].levels[{k}].{f}");
            if !(c.min..=c.max).contains(&l.score) {
                let words = [("min", c.min.into()), ("max", c.max.into())];
                p.push(problem(at("score"), say_with("definition-level-score", &words)));
            } else if scores.contains(&l.score) {
                p.push(problem(at("score"), say("definition-level-repeated")));
            }
            scores.push(l.score);
            if l.label.is_blank(d.default_language) {
                p.push(problem(at("label"), say("definition-label")));
            }
        }
    }
}

/// A public vote runs in its own window after nominations close and before the
/// results, takes the best `n` of each category by valid votes, and has no jurors.
fn validate_vote(d: &CycleDefinition, i: usize, s: &StageDefinition, p: &mut Vec<Problem>) {
    let at = |f: &str| format!("stages[{i}].{f}");
    match (s.opens_at, s.closes_at) {
        (Some(opens), Some(closes)) => {
            if opens < d.closes_at {
                p.push(problem(at("opens_at"), say("definition-vote-opens")));
            }
            if closes <= opens {
                p.push(problem(at("closes_at"), say("definition-closes")));
            }
            if closes >= d.publish_at {
                p.push(problem(at("closes_at"), say("definition-vote-closes")));
            }
        }
        (opens, closes) => {
            for (field, given) in [("opens_at", opens.is_some()), ("closes_at", closes.is_some())] {
                if !given {
                    p.push(problem(at(field), say("definition-vote-window")));
                }
            }
        }
    }
    if !matches!(s.advance, Advance::TopN { .. }) {
        p.push(problem(at("advance.rule"), say("definition-vote-top-n")));
    }
    if !s.criteria.is_empty() {
        p.push(problem(at("criteria"), say("definition-vote-no-criteria")));
    }
    if s.reviewers_per_nomination.is_some() {
        p.push(problem(at("reviewers_per_nomination"), say("definition-vote-no-criteria")));
    }
    if s.due_at.is_some() {
        p.push(problem(at("due_at"), say("definition-vote-no-due")));
    }
    if i == 0 {
        p.push(problem(at("kind"), say("definition-vote-first")));
    }
}

/// Every label a person reads, with its path.
fn labels(d: &CycleDefinition) -> Vec<(String, &Label)> {
    let mut all = vec![("programme".to_owned(), &d.programme)];
    for (i, c) in d.categories.iter().enumerate() {
        all.push((format!("categories[{i}].name"), &c.name));
        all.extend(c.description.iter().map(|l| (format!("categories[{i}].description"), l)));
    }
    for (i, q) in d.questions.iter().enumerate() {
        all.push((format!("questions[{i}].label"), &q.label));
        all.extend(q.help.iter().map(|l| (format!("questions[{i}].help"), l)));
        for (j, c) in q.choices.iter().flatten().enumerate() {
            all.push((format!("questions[{i}].choices[{j}]"), c));
        }
    }
    for (i, s) in d.stages.iter().enumerate() {
        all.push((format!("stages[{i}].name"), &s.name));
        for (j, c) in s.criteria.iter().enumerate() {
            all.push((format!("stages[{i}].criteria[{j}].label"), &c.label));
            all.extend(c.guidance.iter().map(|l| (format!("stages[{i}].criteria[{j}].guidance"), l)));
            for (k, l) in c.levels.iter().enumerate() {
                all.push((format!("stages[{i}].criteria[{j}].levels[{k}].label"), &l.label));
            }
        }
    }
    all
}

/// Names every label that lacks one of the cycle's languages, at `path.lang`, so the
/// secretariat sees at once which words are still to translate.
fn labels_complete(d: &CycleDefinition, p: &mut Vec<Problem>) {
    let offered = d.offered();
    for (path, label) in labels(d) {
        for lang in label.missing(&offered, d.default_language) {
            let words = [("language", lang.native_name().into()), ("code", lang.as_str().into())];
            p.push(problem(format!("{path}.{lang}"), say_with("refusal-label-missing", &words)));
        }
    }
}

fn key_rule(key: &str, path: &str, p: &mut Vec<Problem>) {
    if !is_key(key) {
        p.push(problem(path, say_with("definition-key", &[("key", key.into())])));
    }
}

fn keys_unique<'a>(keys: impl Iterator<Item = &'a str>, path: &str, p: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for key in keys {
        if !seen.insert(key) {
            p.push(problem(path, say_with("definition-key-twice", &[("key", key.into())])));
        }
    }
}
