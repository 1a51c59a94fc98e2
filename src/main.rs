fn main() {
    std::process::exit(propscan::cli::main());
}
