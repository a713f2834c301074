fn main() {
    match noc_explorer::data::load_embedded() {
        Ok(ds) => println!("{} unit groups", ds.units.len()),
        Err(e) => eprintln!("{e}"),
    }
}
