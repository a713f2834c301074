//! Print every unit group's overall score, one `CODE<TAB>SCORE` line each, so two builds
//! (e.g. a branch and `main`) can be compared with `diff` or `join`.
fn main() {
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    for u in &ds.units {
        let f = noc_explorer::facts::for_unit(&ds, u);
        let score = f.score.value.map_or("-".to_string(), |v| format!("{v:.1}"));
        println!("{}\t{score}", u.code);
    }
}
