//! The project index: tantivy with our jieba tokenizer, built from the corpus format of
//! DESIGN.md (JSON Lines or CSV) or from a folder of proposals; candidates by
//! MoreLikeThisQuery over the text fields, then one score in [0, 1] (score.rs) with the
//! overlapping passages.

pub mod score;
pub mod sources;
pub mod tokenizer;

use crate::model::{Passage, Similar};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, TantivyDocument, Term, index::SegmentId,
};

/// Bump when the schema or the tokenizer's output changes: default indexes are rebuilt.
pub const FORMAT_VERSION: u32 = 2;
/// Query terms per more-like-this query (Lucene's default is 25; abstracts are short).
const MAX_QUERY_TERMS: usize = 64;
/// A text longer than this is also searched passage by passage (characters).
const PASSAGE_CHARS: usize = 1200;
/// At most this many passages are searched (longer texts get longer passages).
const MAX_PASSAGES: usize = 24;
/// Candidates kept per passage.
const PER_PASSAGE: usize = 5;
/// The ongoing-projects corpus shipped with propscan (corpora/projects.jsonl).
pub const CORPUS: &str = include_str!("../../corpora/projects.jsonl");

/// Sections of a proposal, indexed separately when a project comes from files.
pub const SECTIONS: &[(&str, &str)] = &[
    ("basis", "立项依据"),
    ("content", "研究内容"),
    ("innovation", "创新点"),
    ("targets", "考核指标"),
];

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("index {path}: {message}")]
    Index { path: String, message: String },
    #[error("{path}: line {line}: {message}")]
    Source {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn tv(path: &Path, e: impl std::fmt::Display) -> IndexError {
    IndexError::Index {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// One project of the corpus (DESIGN.md), plus the optional unit credit code and sections.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Project {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub unit_code: String,
    #[serde(default)]
    pub program: String,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub end: String,
    #[serde(default, rename = "abstract")]
    pub abstract_text: String,
    #[serde(default, deserialize_with = "keywords")]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub status: String,
    /// Section name (basis, content, innovation, targets) → text, for proposals from files.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub sections: std::collections::BTreeMap<String, String>,
}

/// Keywords as a list, or (CSV) one string separated by ; 、 or ,.
fn keywords<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum K {
        List(Vec<String>),
        One(String),
    }
    Ok(match K::deserialize(d)? {
        K::List(v) => v,
        K::One(s) => s
            .split([';', '；', '、', ',', '，'])
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect(),
    })
}

impl Project {
    /// The text compared with proposals: abstract and sections.
    pub fn body(&self) -> String {
        let mut b = self.abstract_text.clone();
        for t in self.sections.values() {
            b.push('\n');
            b.push_str(t);
        }
        b
    }
    pub fn is_ongoing(&self) -> bool {
        self.status.eq_ignore_ascii_case("ongoing") || self.status == "在研"
    }
}

/// Read projects from JSON Lines.
pub fn read_jsonl(text: &str, path: &str) -> Result<Vec<Project>, IndexError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let p: Project = serde_json::from_str(l).map_err(|e| IndexError::Source {
                path: path.to_string(),
                line: i + 1,
                message: e.to_string(),
            })?;
            if p.id.trim().is_empty() || p.title.trim().is_empty() {
                return Err(IndexError::Source {
                    path: path.to_string(),
                    line: i + 1,
                    message: "id and title are required".into(),
                });
            }
            Ok(p)
        })
        .collect()
}

/// Read projects from CSV with the corpus's column names (UTF-8, a BOM allowed).
pub fn read_csv(text: &str, path: &str) -> Result<Vec<Project>, IndexError> {
    let text = text.trim_start_matches('\u{feff}');
    let mut r = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in r.deserialize::<Project>().enumerate() {
        let p = rec.map_err(|e| IndexError::Source {
            path: path.to_string(),
            line: i + 2,
            message: e.to_string(),
        })?;
        out.push(p);
    }
    Ok(out)
}

/// Normalised unit name for matching an applicant with a project's unit: no whitespace, no
/// brackets, full-width folded.
pub fn unit_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

#[derive(Clone, Copy)]
struct F {
    id: Field,
    title: Field,
    unit: Field,
    unit_key: Field,
    unit_code: Field,
    program: Field,
    status: Field,
    start: Field,
    end: Field,
    abstract_text: Field,
    keywords: Field,
    sections: [Field; 4],
    /// Everything textual (title, keywords, abstract, sections), indexed only: the field the
    /// candidates are drawn from, so a query is tokenised once, not once per field.
    body: Field,
}

fn schema() -> (Schema, F) {
    let mut b = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer::NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let f = F {
        id: b.add_text_field("id", STRING | STORED),
        title: b.add_text_field("title", text.clone()),
        unit: b.add_text_field("unit", text.clone()),
        unit_key: b.add_text_field("unit_key", STRING),
        unit_code: b.add_text_field("unit_code", STRING | STORED),
        program: b.add_text_field("program", STRING | STORED),
        status: b.add_text_field("status", STRING | STORED),
        start: b.add_text_field("start", STORED),
        end: b.add_text_field("end", STORED),
        abstract_text: b.add_text_field("abstract", text.clone()),
        keywords: b.add_text_field("keywords", text.clone()),
        sections: [
            b.add_text_field("basis", text.clone()),
            b.add_text_field("content", text.clone()),
            b.add_text_field("innovation", text.clone()),
            b.add_text_field("targets", text),
        ],
        body: b.add_text_field(
            "body",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer::NAME)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
    };
    (b.build(), f)
}

/// An open project index.
pub struct ProjectIndex {
    pub path: PathBuf,
    index: Index,
    reader: IndexReader,
    f: F,
    known: Mutex<Known>,
}

/// Projects read as candidates, kept for the next proposal (a batch's proposals bring up the
/// same projects again and again): each stored document read and its body's sentences
/// prepared once. A segment's documents never change, so (segment, document) names one for
/// good. Bounded: bodies of at most `KNOWN_BYTES` bytes in all are kept (about three times
/// that in memory with their sentences and bigrams; the shipped corpus is 3.4 MB in all);
/// past that, a project is read for each proposal as before.
#[derive(Default)]
struct Known {
    projects: HashMap<(SegmentId, DocId), Arc<Candidate>>,
    bytes: usize,
    /// Document frequencies in the body field, for the searcher generation `generation` (a
    /// commit changes them), at most `KNOWN_TERMS`.
    df: HashMap<String, u64>,
    generation: u64,
}

const KNOWN_BYTES: usize = 24 << 20;
const KNOWN_TERMS: usize = 1 << 20;

/// A candidate project and its body's sentences, prepared when it has enough text to compare.
struct Candidate {
    project: Project,
    body: Option<score::Prepared>,
}

#[derive(Debug, Serialize)]
pub struct Stats {
    pub path: String,
    pub projects: u64,
    pub ongoing: u64,
    pub by_program: std::collections::BTreeMap<String, u64>,
    pub bytes_on_disk: u64,
    pub format_version: u32,
}

/// A query: the proposal's title and text (and its sections when known).
#[derive(Debug, Clone, Default)]
pub struct Probe {
    pub title: String,
    pub text: String,
    /// Sections of the proposal by name (basis, content, innovation, targets), when known.
    pub sections: std::collections::BTreeMap<String, String>,
}

impl Probe {
    pub fn text(title: &str, text: &str) -> Probe {
        Probe {
            title: title.to_string(),
            text: text.to_string(),
            sections: Default::default(),
        }
    }
}

impl ProjectIndex {
    fn register(index: &Index) {
        index
            .tokenizers()
            .register(tokenizer::NAME, tokenizer::JiebaTokenizer);
    }

    /// Create a new index in `dir` (which must be empty or absent) from projects.
    pub fn create(dir: &Path, projects: &[Project]) -> Result<ProjectIndex, IndexError> {
        std::fs::create_dir_all(dir)?;
        let (schema, f) = schema();
        let index = Index::create_in_dir(dir, schema).map_err(|e| tv(dir, e))?;
        Self::register(&index);
        let reader = index.reader().map_err(|e| tv(dir, e))?;
        let mut me = ProjectIndex {
            path: dir.to_path_buf(),
            index,
            reader,
            f,
            known: Default::default(),
        };
        me.add(projects)?;
        Ok(me)
    }

    pub fn open(dir: &Path) -> Result<ProjectIndex, IndexError> {
        let index = Index::open_in_dir(dir).map_err(|e| tv(dir, e))?;
        let (_, f) = schema();
        // The schema on disk must be ours (same field names).
        let s = index.schema();
        for name in ["id", "title", "abstract", "unit_key", "targets", "body"] {
            if s.get_field(name).is_err() {
                return Err(tv(
                    dir,
                    format!(
                        "not a propscan index of format {FORMAT_VERSION} (no field {name}): rebuild it with `propscan index build`"
                    ),
                ));
            }
        }
        Self::register(&index);
        let reader = index.reader().map_err(|e| tv(dir, e))?;
        Ok(ProjectIndex {
            path: dir.to_path_buf(),
            index,
            reader,
            f,
            known: Default::default(),
        })
    }

    /// Add projects (one commit).
    pub fn add(&mut self, projects: &[Project]) -> Result<(), IndexError> {
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .min(4);
        let mut w: IndexWriter = self
            .index
            .writer_with_num_threads(threads, 64 * 1024 * 1024 * threads)
            .map_err(|e| tv(&self.path, e))?;
        for p in projects {
            w.add_document(self.doc(p)).map_err(|e| tv(&self.path, e))?;
        }
        w.commit().map_err(|e| tv(&self.path, e))?;
        w.wait_merging_threads().map_err(|e| tv(&self.path, e))?;
        self.reader.reload().map_err(|e| tv(&self.path, e))?;
        Ok(())
    }

    fn doc(&self, p: &Project) -> TantivyDocument {
        let f = &self.f;
        let mut d = TantivyDocument::new();
        d.add_text(f.id, &p.id);
        d.add_text(f.title, &p.title);
        d.add_text(f.unit, &p.unit);
        d.add_text(f.unit_key, unit_key(&p.unit));
        d.add_text(f.unit_code, p.unit_code.trim().to_uppercase());
        d.add_text(f.program, &p.program);
        d.add_text(f.status, p.status.to_lowercase());
        d.add_text(f.start, &p.start);
        d.add_text(f.end, &p.end);
        d.add_text(f.abstract_text, &p.abstract_text);
        d.add_text(f.keywords, p.keywords.join("；"));
        for (i, (name, _)) in SECTIONS.iter().enumerate() {
            if let Some(t) = p.sections.get(*name) {
                d.add_text(f.sections[i], t);
            }
        }
        d.add_text(
            f.body,
            format!("{}\n{}\n{}", p.title, p.keywords.join("；"), p.body()),
        );
        d
    }

    fn project(&self, d: &TantivyDocument) -> Project {
        let f = &self.f;
        let s = |field: Field| {
            d.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let mut sections = std::collections::BTreeMap::new();
        for (i, (name, _)) in SECTIONS.iter().enumerate() {
            let t = s(f.sections[i]);
            if !t.is_empty() {
                sections.insert(name.to_string(), t);
            }
        }
        Project {
            id: s(f.id),
            title: s(f.title),
            unit: s(f.unit),
            unit_code: s(f.unit_code),
            program: s(f.program),
            start: s(f.start),
            end: s(f.end),
            abstract_text: s(f.abstract_text),
            keywords: s(f.keywords)
                .split('；')
                .filter(|k| !k.is_empty())
                .map(str::to_string)
                .collect(),
            status: s(f.status),
            sections,
        }
    }

    pub fn stats(&self) -> Stats {
        let searcher = self.reader.searcher();
        let mut by_program = std::collections::BTreeMap::new();
        let mut ongoing = 0;
        for seg in searcher.segment_readers() {
            let store = seg.get_store_reader(64).ok();
            let Some(store) = store else { continue };
            for doc_id in 0..seg.max_doc() {
                if seg.is_deleted(doc_id) {
                    continue;
                }
                if let Ok(d) = store.get::<TantivyDocument>(doc_id) {
                    let prog = d
                        .get_first(self.f.program)
                        .and_then(|v| v.as_str())
                        .unwrap_or("")
                        .to_string();
                    *by_program.entry(prog).or_insert(0) += 1;
                    if d.get_first(self.f.status).and_then(|v| v.as_str()) == Some("ongoing") {
                        ongoing += 1;
                    }
                }
            }
        }
        Stats {
            path: self.path.display().to_string(),
            projects: searcher.num_docs(),
            ongoing,
            by_program,
            bytes_on_disk: dir_size(&self.path),
            format_version: FORMAT_VERSION,
        }
    }

    /// The query terms of a text's `words`, as MoreLikeThis picks them (Lucene's way: term
    /// frequency in the text × BM25 idf in the index; words of at least two CJK characters — 6
    /// bytes — and no stop words), the `MAX_QUERY_TERMS` best, in a fixed order: score, then
    /// the term itself. tantivy's MoreLikeThisQuery walks a HashMap, so among equal scores the
    /// 64 terms it keeps changed from run to run, and with them the candidates (D001 differed
    /// between identical runs). `df` holds the document frequencies already looked up.
    fn query_terms<'w>(
        &self,
        searcher: &tantivy::Searcher,
        words: impl Iterator<Item = &'w str>,
        df: &mut HashMap<String, u64>,
    ) -> Vec<(Term, f32)> {
        let mut tf: std::collections::BTreeMap<&str, usize> = Default::default();
        for w in words.filter(|w| query_word(w)) {
            *tf.entry(w).or_insert(0) += 1;
        }
        let n = searcher.num_docs() as f32;
        let mut scored: Vec<(Term, f32)> = tf
            .into_iter()
            .filter_map(|(w, c)| {
                let term = Term::from_field_text(self.f.body, w);
                let d = match df.get(w) {
                    Some(&d) => d,
                    None => {
                        let d = searcher.doc_freq(&term).unwrap_or(0);
                        df.insert(w.to_string(), d);
                        d
                    }
                };
                let df = Some(d).filter(|&d| d > 0)? as f32;
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                Some((term, c as f32 * idf))
            })
            .collect();
        // Stable sort over terms already in order: equal scores keep the terms' order.
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        scored.truncate(MAX_QUERY_TERMS);
        scored
    }

    /// Candidate documents for a text: a more-like-this query (query_terms) over the body
    /// field for the whole text, and for a long text one more per passage of about
    /// `PASSAGE_CHARS` characters, so that an ongoing project repeated in one part of a long
    /// application is found though the whole text's strongest words lie elsewhere. Results in
    /// a fixed order: the whole text's best first, then each passage's, without repeats.
    ///
    /// The text is segmented once: a passage cut at a sentence end or line break holds the
    /// whole text's terms that lie in it (`tokenizer::terms_at`); one cut inside a run of words
    /// (no sentence end for twice its length) is segmented on its own.
    fn candidates(
        &self,
        searcher: &tantivy::Searcher,
        probe: &Probe,
        limit: usize,
    ) -> Vec<DocAddress> {
        let text = format!("{}\n{}", probe.title, probe.text);
        if text.trim().is_empty() {
            return Vec::new();
        }
        let terms = tokenizer::terms_at(&text);
        // The document frequencies known from earlier proposals, for this text's words.
        let generation = searcher.generation().generation_id();
        let mut df: HashMap<String, u64> = {
            let known = self.known.lock().unwrap_or_else(|e| e.into_inner());
            if known.generation == generation {
                let words: std::collections::HashSet<&str> = terms
                    .iter()
                    .map(|(_, w)| w.as_ref())
                    .filter(|w| query_word(w))
                    .collect();
                words
                    .into_iter()
                    .filter_map(|w| Some((w.to_string(), *known.df.get(w)?)))
                    .collect()
            } else {
                HashMap::new()
            }
        };
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let mut ask = |words: &mut dyn Iterator<Item = &str>, n: usize| {
            let terms = self.query_terms(searcher, words, &mut df);
            if terms.is_empty() {
                return;
            }
            let q = BooleanQuery::new(
                terms
                    .into_iter()
                    .map(|(t, _)| {
                        let q: Box<dyn Query> =
                            Box::new(TermQuery::new(t, IndexRecordOption::Basic));
                        (Occur::Should, q)
                    })
                    .collect(),
            );
            // Scored with the document frequencies query_terms just looked up, so that each
            // term is not looked up in the index's dictionary a second time.
            let stats = KnownStats { searcher, df: &df };
            let Ok(top) = searcher.search_with_statistics_provider(
                &q,
                &TopDocs::with_limit(n).order_by_score(),
                &stats,
            ) else {
                return;
            };
            for (_, addr) in top {
                if seen.insert(addr) {
                    out.push(addr);
                }
            }
        };
        ask(&mut terms.iter().map(|(_, w)| w.as_ref()), limit);
        let cut = |c: char| matches!(c, '。' | '！' | '？' | '；' | '\n');
        for part in passages(&text, PASSAGE_CHARS, MAX_PASSAGES) {
            let start = part.as_ptr() as usize - text.as_ptr() as usize;
            let end = start + part.len();
            let clean = (start == 0 || text[..start].ends_with(cut))
                && (end == text.len() || part.ends_with(cut));
            if clean {
                let from = terms.partition_point(|(at, _)| *at < start);
                let to = terms.partition_point(|(at, _)| *at < end);
                ask(
                    &mut terms[from..to].iter().map(|(_, w)| w.as_ref()),
                    PER_PASSAGE,
                );
            } else {
                let own = tokenizer::terms(part);
                ask(&mut own.iter().map(String::as_str), PER_PASSAGE);
            }
        }
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        if known.generation != generation {
            known.df.clear();
            known.generation = generation;
        }
        for (w, d) in df {
            if known.df.len() >= KNOWN_TERMS {
                break;
            }
            known.df.entry(w).or_insert(d);
        }
        out
    }

    /// A candidate's project and prepared body, read once while `KNOWN_BYTES` allows.
    fn candidate(&self, searcher: &tantivy::Searcher, addr: DocAddress) -> Option<Arc<Candidate>> {
        let key = (
            searcher.segment_reader(addr.segment_ord).segment_id(),
            addr.doc_id,
        );
        let lock = || self.known.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = lock().projects.get(&key) {
            return Some(c.clone());
        }
        let d = searcher.doc::<TantivyDocument>(addr).ok()?;
        let project = self.project(&d);
        let body = project.body();
        let body_chars = body.chars().filter(|&c| score::alphanumeric(c)).count();
        let prepared =
            (body_chars >= score::MIN_CHARS).then(|| score::Prepared::new(score::sentences(&body)));
        let c = Arc::new(Candidate {
            project,
            body: prepared,
        });
        let mut known = lock();
        if known.bytes + body.len() <= KNOWN_BYTES {
            known.bytes += body.len();
            known.projects.insert(key, c.clone());
        }
        Some(c)
    }

    /// The closest projects to a proposal, scored in [0, 1], best first, at most `top`, with
    /// a score of at least `floor`.
    pub fn search(&self, probe: &Probe, top: usize, floor: f64) -> Vec<(Project, Similar)> {
        let proposal = score::Prepared::new(score::sentences(&probe.text));
        let searcher = self.reader.searcher();
        let mut out: Vec<(Project, Similar)> = self
            .candidates(&searcher, probe, (top * 4).max(30))
            .into_iter()
            .filter_map(|addr| self.candidate(&searcher, addr))
            .map(|c| {
                let p = &c.project;
                let (s, passages) = match &c.body {
                    Some(body) if !proposal.sentences.is_empty() => {
                        let c = score::compare_prepared(&proposal, body);
                        (c.score, c.passages)
                    }
                    _ => {
                        // Title against title: below SHARED it is the noise of common words
                        // (研究, 系统 …), so it counts as nothing.
                        let t = score::title_similarity(&probe.title, &p.title);
                        let t = if t >= score::SHARED { t } else { 0.0 };
                        let pass = if t >= score::SHARED {
                            vec![(probe.title.clone(), p.title.clone(), t)]
                        } else {
                            Vec::new()
                        };
                        (t, pass)
                    }
                };
                // Section against section, where both sides have them.
                let mut sections = std::collections::BTreeMap::new();
                for (key, zh) in SECTIONS {
                    if let (Some(a), Some(b)) = (probe.sections.get(*key), p.sections.get(*key)) {
                        let c = score::compare(&score::sentences(a), &score::sentences(b));
                        sections.insert(zh.to_string(), (c.score * 1000.0).round() / 1000.0);
                    }
                }
                let sim = Similar {
                    sections,
                    id: p.id.clone(),
                    title: p.title.clone(),
                    unit: p.unit.clone(),
                    program: p.program.clone(),
                    score: (s * 1000.0).round() / 1000.0,
                    passages: passages
                        .into_iter()
                        .take(5)
                        .map(|(a, b, _)| Passage {
                            proposal: a,
                            project: b,
                        })
                        .collect(),
                };
                (c, sim)
            })
            .filter(|(_, s)| s.score >= floor)
            .map(|(c, sim)| (c.project.clone(), sim))
            .collect();
        out.sort_by(|a, b| b.1.score.total_cmp(&a.1.score).then(a.1.id.cmp(&b.1.id)));
        out.truncate(top);
        out
    }

    /// Projects held by a unit: by credit code, or by normalised name.
    pub fn by_unit(&self, code: Option<&str>, name: Option<&str>) -> Vec<Project> {
        let f = &self.f;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(c) = code.filter(|c| !c.is_empty()) {
            clauses.push((
                Occur::Should,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.unit_code, &c.to_uppercase()),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if let Some(n) = name.filter(|n| !n.is_empty()) {
            clauses.push((
                Occur::Should,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.unit_key, &unit_key(n)),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if clauses.is_empty() {
            return Vec::new();
        }
        let searcher = self.reader.searcher();
        let q = BooleanQuery::new(clauses);
        let Ok(top) = searcher.search(&q, &TopDocs::with_limit(100).order_by_score()) else {
            return Vec::new();
        };
        top.into_iter()
            .filter_map(|(_, a)| searcher.doc::<TantivyDocument>(a).ok())
            .map(|d| self.project(&d))
            .collect()
    }
}

/// BM25 statistics for a query: the searcher's, but each term's document frequency from the
/// ones already looked up for the query's words (the same numbers, one dictionary lookup fewer).
struct KnownStats<'a> {
    searcher: &'a tantivy::Searcher,
    df: &'a HashMap<String, u64>,
}

impl tantivy::query::Bm25StatisticsProvider for KnownStats<'_> {
    fn total_num_tokens(&self, field: tantivy::schema::Field) -> tantivy::Result<u64> {
        self.searcher.total_num_tokens(field)
    }
    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.searcher.total_num_docs()
    }
    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        match term.value().as_str().and_then(|w| self.df.get(w)) {
            Some(&d) => Ok(d),
            None => self.searcher.doc_freq(term),
        }
    }
}

/// Whether a term can be a query term: at least two CJK characters (6 bytes), not absurdly
/// long, no stop word.
fn query_word(w: &str) -> bool {
    (6..=60).contains(&w.len()) && !crate::segment::stopwords().contains(w)
}

/// A long text cut into at most `max` passages of `size` to `2 × size` characters (longer
/// when the text would need more), each ending at a sentence end or line break where one lies
/// in its second half. A text of at most `size` characters gives none: the whole text is its
/// own query.
fn passages(text: &str, size: usize, max: usize) -> Vec<&str> {
    let chars = text.chars().count();
    if chars <= size || max == 0 {
        return Vec::new();
    }
    let size = size.max(chars.div_ceil(max));
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0; // byte offset of the passage
    let mut count = 0; // its characters so far
    let mut end = None; // (byte offset after, characters up to) the last sentence end
    for (i, c) in text.char_indices() {
        count += 1;
        let after = i + c.len_utf8();
        if matches!(c, '。' | '！' | '？' | '；' | '\n') && count * 2 >= size {
            end = Some((after, count));
        }
        if count >= size * 2 || (count >= size && end.is_some()) {
            let (cut, used) = end.unwrap_or((after, count));
            out.push(&text[start..cut]);
            start = cut;
            count -= used;
            end = None;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    // Passages are at least size / 2 characters but for the last, so the count is bounded;
    // merge the shortest neighbours while there are too many.
    while out.len() > max {
        let i = (0..out.len() - 1)
            .min_by_key(|&i| out[i].len() + out[i + 1].len())
            .unwrap_or(0);
        let (a, b) = (out[i], out[i + 1]);
        let start = a.as_ptr() as usize - text.as_ptr() as usize;
        out[i] = &text[start..start + a.len() + b.len()];
        out.remove(i + 1);
    }
    out
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| {
                    let m = e.metadata();
                    match m {
                        Ok(m) if m.is_dir() => dir_size(&e.path()),
                        Ok(m) => m.len(),
                        Err(_) => 0,
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// `index build`: replace the index in `dir` with one of `projects`. An existing folder is only
/// replaced when it is empty or a propscan index; anything else there is never deleted.
pub fn rebuild(dir: &Path, projects: &[Project]) -> Result<ProjectIndex, IndexError> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)?.next().is_none();
        if !empty {
            if ProjectIndex::open(dir).is_err() {
                return Err(tv(
                    dir,
                    "the folder exists and is not a propscan index: give an empty or new folder",
                ));
            }
            std::fs::remove_dir_all(dir)?;
        }
    }
    ProjectIndex::create(dir, projects)
}

/// FNV-1a of the inputs that decide the default index's content.
fn fingerprint() -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let version = format!(
        "{}|{}|{}",
        FORMAT_VERSION,
        env!("CARGO_PKG_VERSION"),
        crate::segment::TECH_TERMS.len()
    );
    for b in CORPUS
        .bytes()
        .chain(version.bytes())
        .chain(crate::segment::TECH_TERMS.bytes())
    {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The user's cache directory for propscan: $PROPSCAN_CACHE_DIR, else $XDG_CACHE_HOME/propscan,
/// else ~/.cache/propscan, else the system temporary directory.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("PROPSCAN_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("propscan");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache").join("propscan");
    }
    std::env::temp_dir().join("propscan")
}

/// The default index: built on first use from the shipped corpus into the cache directory,
/// and rebuilt (under a new name) when the corpus, the tokenizer's dictionary or the index
/// format changes. Built in a temporary directory and renamed, so a half-built index is never
/// opened and two processes building at once do not collide.
pub fn default_index() -> Result<ProjectIndex, IndexError> {
    // The cache directory, else the system temporary directory (a read-only home).
    let first = default_index_in(&cache_dir());
    match first {
        Ok(i) => Ok(i),
        Err(e) => default_index_in(&std::env::temp_dir().join("propscan")).map_err(|_| e),
    }
}

fn default_index_in(base: &Path) -> Result<ProjectIndex, IndexError> {
    let dir = base.join(format!("index-{:016x}", fingerprint()));
    if dir.join("meta.json").exists()
        && let Ok(i) = ProjectIndex::open(&dir)
    {
        return Ok(i);
    }
    std::fs::create_dir_all(base)?;
    let tmp = base.join(format!(
        ".building-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    let projects = read_jsonl(CORPUS, "corpora/projects.jsonl")?;
    {
        let _built = ProjectIndex::create(&tmp, &projects)?;
    }
    if std::fs::rename(&tmp, &dir).is_err() {
        // Another process finished first: use its index.
        let _ = std::fs::remove_dir_all(&tmp);
    }
    ProjectIndex::open(&dir)
}

/// Open `--index DIR`, or the default index.
pub fn open_or_default(dir: Option<&Path>) -> Result<ProjectIndex, IndexError> {
    match dir {
        Some(d) => ProjectIndex::open(d),
        None => default_index(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(id: &str, title: &str, abstract_text: &str, unit: &str, status: &str) -> Project {
        Project {
            id: id.into(),
            title: title.into(),
            unit: unit.into(),
            program: "姑苏创新创业领军人才计划".into(),
            abstract_text: abstract_text.into(),
            status: status.into(),
            ..Project::default()
        }
    }

    #[test]
    fn build_search_and_find_by_unit() {
        let dir = std::env::temp_dir().join(format!("propscan-idx-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let a = "针对望远镜影像稳定系统中的镜片驱动装置，在分析外力干扰与模型参数不确定性等因素的基础上，提出了一种鲁棒跟踪控制策略。将抖动信号等效为一种有界扰动，通过广义系统的状态反馈控制器克服不确定性扰动的影响。仿真结果表明该控制策略具有良好的跟踪性能和鲁棒性。";
        let b = "研究了城市轨道交通客流预测问题，建立了基于时间序列的短期客流预测模型。利用历史刷卡数据对模型参数进行标定，并与传统方法进行了比较。结果表明所提模型的预测精度明显提高。";
        let idx = ProjectIndex::create(
            &dir,
            &[
                project(
                    "P1",
                    "镜片驱动装置鲁棒控制",
                    a,
                    "苏州甲科技有限公司",
                    "ongoing",
                ),
                project("P2", "轨道交通客流预测", b, "苏州乙有限公司", "finished"),
            ],
        )
        .unwrap();
        let hits = idx.search(&Probe::text("新题目研发", a), 5, 0.0);
        assert_eq!(hits[0].0.id, "P1");
        assert!(hits[0].1.score > 0.99);
        assert!(!hits[0].1.passages.is_empty());
        let held = idx.by_unit(None, Some("苏州甲科技有限公司"));
        assert_eq!(held.len(), 1);
        assert!(held[0].is_ongoing());
        drop(idx);
        let reopened = ProjectIndex::open(&dir).unwrap();
        assert_eq!(reopened.stats().projects, 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn csv_and_jsonl_read_the_same_columns() {
        let csv = "\u{feff}id,title,unit,program,start,end,abstract,keywords,status\nX1,题目,单位,计划,2021-01,2023-12,摘要,关键词1；关键词2,ongoing\n";
        let p = read_csv(csv, "x.csv").unwrap();
        assert_eq!(p[0].keywords, vec!["关键词1", "关键词2"]);
        let j = read_jsonl(
            r#"{"id":"X1","title":"题目","unit":"单位","program":"计划","start":"2021-01","end":"2023-12","abstract":"摘要","keywords":["关键词1","关键词2"],"status":"ongoing"}"#,
            "x.jsonl",
        )
        .unwrap();
        assert_eq!(p, j);
        assert!(read_jsonl("{\"id\":\"\",\"title\":\"t\"}", "bad.jsonl").is_err());
    }

    #[test]
    fn passages_cover_the_text_in_order_and_are_bounded() {
        let sentence = "研究了一种新型传感器的标定方法并给出误差分析。";
        let text = sentence.repeat(400); // 9,200 characters
        let parts = passages(&text, 1200, 24);
        assert!(parts.len() > 1 && parts.len() <= 24, "{}", parts.len());
        assert_eq!(parts.concat(), text);
        assert!(parts.iter().all(|p| p.ends_with('。')));
        let huge = "字".repeat(100_000); // no sentence end at all
        let parts = passages(&huge, 1200, 24);
        assert!(parts.len() <= 24);
        assert_eq!(parts.concat(), huge);
        assert!(passages("短文本。", 1200, 24).is_empty());
    }

    /// A long application that repeats many projects, one after another: each is found, and
    /// two searches give the same list (the query terms are chosen in a fixed order).
    #[test]
    fn long_text_finds_every_repeated_project_the_same_way_twice() {
        let corpus = read_jsonl(CORPUS, "corpora/projects.jsonl").unwrap();
        let projects: Vec<Project> = corpus
            .into_iter()
            .filter(|p| p.abstract_text.chars().count() >= 150)
            .take(400)
            .collect();
        let dir = std::env::temp_dir().join(format!("propscan-idx-long-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let idx = ProjectIndex::create(&dir, &projects).unwrap();
        let repeated: Vec<&Project> = projects.iter().step_by(13).take(24).collect();
        let text: String = repeated
            .iter()
            .map(|p| format!("{}\n", p.abstract_text))
            .collect();
        let probe = Probe::text("一种新方法研发", &text);
        let first = idx.search(&probe, 40, 0.9);
        let ids: Vec<&str> = first.iter().map(|(p, _)| p.id.as_str()).collect();
        for p in &repeated {
            assert!(
                ids.contains(&p.id.as_str()),
                "{} not found in {ids:?}",
                p.id
            );
        }
        let again: Vec<String> = idx
            .search(&probe, 40, 0.9)
            .into_iter()
            .map(|(p, _)| p.id)
            .collect();
        assert_eq!(ids, again);
        drop(idx);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_shipped_corpus_parses() {
        let p = read_jsonl(CORPUS, "corpora/projects.jsonl").unwrap();
        assert!(p.len() > 10_000);
        assert!(p.iter().any(|x| x.is_ongoing()));
    }
}

/// What `search` answers: the query (its first 200 characters) and the closest projects.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchResults {
    pub query: String,
    pub results: Vec<Similar>,
}

/// The `top` closest projects to `probe` (at least one asked for), with a low floor so that a
/// reviewer sees weak matches too.
pub fn search_results(
    idx: &ProjectIndex,
    probe: &Probe,
    top: usize,
    profile: &crate::profile::Profile,
) -> SearchResults {
    let hits = idx.search(
        probe,
        top.max(1),
        profile.duplicates.report_threshold.min(0.05),
    );
    let query: String = if probe.text.is_empty() {
        probe.title.clone()
    } else {
        probe.text.chars().take(200).collect()
    };
    SearchResults {
        query,
        results: hits.into_iter().map(|(_, s)| s).collect(),
    }
}
