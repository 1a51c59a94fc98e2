fn main() {
    // Tesseract is built with OpenMP; propscan already reads one page per core, so each page's
    // recognition keeps to one thread.
    if std::env::var_os("OMP_THREAD_LIMIT").is_none() {
        // SAFETY: set before any other thread of this process exists.
        unsafe { std::env::set_var("OMP_THREAD_LIMIT", "1") };
    }
    std::process::exit(propscan::cli::main());
}
