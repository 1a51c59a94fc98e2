//! The library's error type: what stops a command from running (a bad argument, an unreadable
//! profile or index, a file that cannot be written). A file of a package that cannot be read is
//! never an error: it is a finding (F001–F005) of its package.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command was given something it cannot use.
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Profile(#[from] crate::profile::ProfileError),
    #[error(transparent)]
    Index(#[from] crate::index::IndexError),
    /// Reading or writing a named file or folder failed.
    #[error("{}: {source}", path.display())]
    File {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
}

impl Error {
    pub fn file(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| Error::File { path, source }
    }
    /// A broken pipe (output piped into `head`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io(e) | Error::File { source: e, .. } => {
                e.kind() == std::io::ErrorKind::BrokenPipe
            }
            _ => false,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
