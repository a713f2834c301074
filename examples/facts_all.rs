//! Time computing the facts of every unit group (used to decide whether the app can do it up front).
fn main() {
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let t = std::time::Instant::now();
    let all: Vec<_> = ds
        .units
        .iter()
        .map(|u| noc_explorer::facts::for_unit(&ds, u))
        .collect();
    println!("facts for {} unit groups in {:?}", all.len(), t.elapsed());
}
