use std::os::unix::process::CommandExt;

// A batch allocates and frees many small strings and vectors on every core (extraction, label
// reading, segmentation); glibc's malloc spent about a seventh of a batch's CPU on them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // Debian's libtesseract runs its LSTM on OpenMP teams as large as the machine; propscan
    // already reads one file per core, and the two together thrash (a scanned page took 10 s
    // instead of 2 s, most of it in the kernel). libgomp reads OMP_THREAD_LIMIT once, when it is
    // loaded, before `main` runs: so the limit is set and the program started again with it.
    if std::env::var_os("OMP_THREAD_LIMIT").is_none()
        && let Ok(exe) = std::env::current_exe()
    {
        let err = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env("OMP_THREAD_LIMIT", "1")
            .exec();
        // Only reached when the re-exec failed: run as we are, slower on scans.
        eprintln!("propscan: could not limit OCR threads ({err}); continuing");
    }
    std::process::exit(propscan::cli::main());
}
