import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityStore

extension Day: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }
}

extension FileFormat: ExpressibleByArgument {}

/// The input file and evaluation date every graph command takes.
/// Where a command reads its chain: a file, or a store (`--db`, or
/// `./liability.sqlite` when neither is given).
struct SourceOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "A liability-graph/1 file (YAML, or JSON when it ends in .json).",
      discussion: "Or give --db; with neither, ./liability.sqlite is used if it exists."))
  var file: String?

  @Option(name: .customLong("db"), help: "Read the chain from this store instead of a file.")
  var db: String?

  @OptionGroup var warnings: WarningOptions

  @Option(
    name: .customLong("as-recorded"),
    help: "With a store: read it as recorded at this revision number or date (YYYY-MM-DD).")
  var asRecorded: String?

  /// The store's default name in the working folder.
  static let defaultStore = "liability.sqlite"

  /// Options made in code rather than parsed (every value set).
  static func make(file: String? = nil, db: String? = nil, asRecorded: String? = nil)
    -> SourceOptions
  {
    var options = SourceOptions()
    options.file = file
    options.db = db
    options.asRecorded = asRecorded
    options.warnings = .make()
    return options
  }

  func validate() throws {
    if file != nil, db != nil {
      throw ValidationError("give a file or --db, not both")
    }
    if let asRecorded, RecordedPoint(asRecorded) == nil {
      throw ValidationError(
        "--as-recorded takes a revision number or a date (YYYY-MM-DD), not '\(asRecorded)'")
    }
    if asRecorded != nil, file != nil {
      throw ValidationError("--as-recorded reads a store; it does not apply to a file")
    }
  }

  /// The store to read, if the chain comes from one.
  var storePath: String? {
    if let db { return db }
    if file == nil, FileManager.default.fileExists(atPath: Self.defaultStore) {
      return Self.defaultStore
    }
    return nil
  }

  /// What the chain is read from, for messages.
  var label: String { storePath ?? file ?? "" }

  /// The files the chain is read from (an output must not replace them).
  var inputs: [String] { [storePath ?? file].compactMap { $0 } }

  /// Loads the document, printing diagnostics to standard error; exits 1
  /// when the file has errors or the store cannot be read.
  ///
  /// With `focus`, a store is read only as far as the answer needs (the
  /// answer is the same); a file is always read whole.
  func loadDocument(around focus: StoreFocus? = nil) throws -> Document {
    if let path = storePath {
      do {
        let store = try GraphStore.open(at: path, readOnly: true)
        defer { try? store.close() }
        let point = asRecorded.flatMap(RecordedPoint.init) ?? .latest
        // LGRAPH_READ_WHOLE=1 reads the whole store anyway (to compare).
        let whole = ProcessInfo.processInfo.environment["LGRAPH_READ_WHOLE"] == "1"
        // A part that cannot be read is read whole: the whole read says why.
        if let focus, !whole, let part = try? store.document(at: point, around: focus) {
          return part
        }
        return try store.document(at: point)
      } catch {
        Diagnostics.print(error.diagnostics + [error.diagnostic], warnings: warnings.mode)
        throw ExitCode(1)
      }
    }
    guard let file else {
      throw UsageError(
        "give a liability-graph file or --db STORE (there is no ./\(Self.defaultStore) here)")
    }
    let result = Loader.load(path: file)
    Diagnostics.print(result.diagnostics, warnings: warnings.mode)
    guard let document = result.document else {
      Diagnostics.summary(result)
      throw ExitCode(1)
    }
    return document
  }
}

struct GraphOptions: ParsableArguments {
  @OptionGroup var source: SourceOptions

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Only facts valid on this date (YYYY-MM-DD).",
      discussion: "Defaults to the file's as_of, else today."))
  var asOf: Day?

  /// Loads the chain, printing diagnostics to standard error; exits 1 when
  /// it has errors.
  func load(around focus: StoreFocus? = nil) throws -> SupplyChainGraph {
    let document = try source.loadDocument(around: focus)
    let day = asOf ?? document.asOf ?? Day.today
    return SupplyChainGraph(document: document, asOf: day)
  }

  /// The node with `id`, or a usage error naming close ids.
  func node(_ id: String, in graph: SupplyChainGraph, kinds: [NodeKind])
    throws -> Int
  {
    if let node = graph.node(id), kinds.contains(graph.kinds[node]) {
      return node
    }
    let wanted =
      kinds.count > 2
      ? "node" : kinds.map(\.rawValue).joined(separator: " or ")
    if let node = graph.node(id) {
      throw UsageError(
        "'\(id)' is \(graph.kinds[node].withArticle), not "
          + (kinds.count > 2
            ? "one of: " + kinds.map(\.rawValue).joined(separator: ", ") : "a \(wanted)"))
    }
    let known = graph.document.allIDs(of: kinds)
    if known.contains(id) {
      throw UsageError(
        "'\(id)' is not valid on \(graph.asOf?.description ?? "that date") "
          + "(see its valid_from, valid_to or release date); try another "
          + "--as-of")
    }
    let candidates = (0..<graph.nodeCount).filter {
      kinds.contains(graph.kinds[$0])
    }.map { graph.ids[$0] }
    var message = "no \(wanted) '\(id)' in \(source.label)"
    if let close = suggest(id, candidates) {
      message += "; did you mean '\(close)'?"
    } else if !candidates.isEmpty {
      message += "; known: " + candidates.prefix(12).joined(separator: ", ")
    }
    throw UsageError(message)
  }

  /// A close id for a command-line typo (the loader's edit distance, a
  /// little more lenient for short ids).
  func suggest(_ id: String, _ candidates: [String]) -> String? {
    Suggestion.closest(to: id, in: candidates, limit: max(2, id.count / 3))
  }
}

/// The formats one command writes, for its ``OutputOptions``.
protocol OutputFormats: SendableMetatype {
  /// The formats, the default first.
  static var formats: [FileFormat] { get }
  /// The format of an output file whose extension names none of
  /// ``formats``; `nil` refuses such a name (then `--format` is needed).
  static var otherFiles: FileFormat? { get }
  /// Formats written only to a file (an image is not for a terminal).
  static var fileOnly: [FileFormat] { get }
}

extension OutputFormats {
  static var otherFiles: FileFormat? { formats.count == 1 ? formats[0] : nil }
  static var fileOnly: [FileFormat] { [] }
}

/// `text` (the default) or `json`.
enum TextOrJSON: OutputFormats {
  static let formats: [FileFormat] = [.text, .json]
}

/// A `liability-graph/1` file: YAML (the default, and for any name but
/// `.json`, as the loader reads it) or JSON.
enum ChainFileFormats: OutputFormats {
  static let formats: [FileFormat] = [.yaml, .json]
  static let otherFiles: FileFormat? = .yaml
}

/// `--format` and `-o`, the one output group every command that writes a
/// report, diagram or file takes: the format comes from `--format`, else
/// from `-o`'s extension (by ``FileFormat``'s one table), else the
/// command's default; `-o` writes the file whole or not at all.
struct OutputOptions<Formats: OutputFormats>: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Output format: \(Formatting.alternatives(Formats.formats.map(\.rawValue))) (default: from -o's "
        + "extension, else \(Formats.formats[0].rawValue)).",
      valueName: "format"))
  var format: FileFormat?

  @Option(
    name: .shortAndLong,
    help: "Write to this file, whole or not at all (default: standard output).")
  var output: String?

  func validate() throws {
    if let format, !Formats.formats.contains(format) {
      throw ValidationError(
        "--format is \(Formatting.alternatives(Formats.formats.map(\.rawValue))) here, not '\(format.rawValue)'"
      )
    }
    if let output, format == nil, Self.format(ofFile: output) == nil {
      throw ValidationError(
        "cannot tell the format of '\(output)' from its extension; use "
          + FileFormat.extensionList(Formats.formats) + ", or give --format")
    }
    if output == nil, let format, Formats.fileOnly.contains(format) {
      throw ValidationError("\(format.rawValue) output needs a file: give -o FILE")
    }
  }

  /// The format an output file's name asks for, if the command writes it.
  static func format(ofFile name: String) -> FileFormat? {
    if let named = FileFormat(fileName: name), Formats.formats.contains(named) { return named }
    return Formats.otherFiles
  }

  /// The format to write.
  var chosen: FileFormat {
    format ?? output.flatMap(Self.format(ofFile:)) ?? Formats.formats[0]
  }

  /// Writes `text` as it is to `-o`'s file, or to standard output.
  /// `inputs` are the files the command read, which `-o` must not replace.
  func write(_ text: String, inputs: [String]) throws {
    if let output {
      try OutputFile.write(text, to: output, inputs: inputs)
    } else {
      lgraph.print(text, terminator: "")
    }
  }

  /// Writes `data` to `-o`'s file, or to standard output.
  func write(_ data: Data, inputs: [String]) throws {
    if let output {
      try OutputFile.write(data, to: output, inputs: inputs)
    } else {
      FileHandle.standardOutput.write(data)
    }
  }
}

extension OutputOptions where Formats == TextOrJSON {
  /// Writes the text or the JSON, as chosen, with a final newline.
  func write(inputs: [String], text: () -> String, json: () -> JSONValue) throws {
    switch chosen {
    case .json: try write(json().rendered() + "\n", inputs: inputs)
    default: try write(text() + "\n", inputs: inputs)
    }
  }
}

extension Document {
  /// Every id of the given kinds, whatever its validity.
  func allIDs(of kinds: [NodeKind]) -> Set<String> {
    var ids: Set<String> = []
    for kind in kinds {
      switch kind {
      case .party: ids.formUnion(parties.map(\.id))
      case .model: ids.formUnion(models.map(\.id))
      case .dataset: ids.formUnion(datasets.map(\.id))
      case .service: ids.formUnion(services.map(\.id))
      case .product: ids.formUnion(products.map(\.id))
      case .incident: ids.formUnion(incidents.map(\.id))
      case .license: ids.formUnion(licenses.map(\.id))
      case .source: ids.formUnion(sources.map(\.id))
      case .disclosure: ids.formUnion(disclosures.map(\.id))
      case .contract: ids.formUnion(contracts.map(\.id))
      }
    }
    return ids
  }
}

/// Printing diagnostics to standard error.
/// `--quiet` and `--all-warnings`: how many warnings a command prints.
struct WarningOptions: ParsableArguments {
  @Flag(help: "Print no warnings (errors are always printed), and no progress bar.")
  var quiet = false
  @Flag(
    name: .customLong("all-warnings"),
    help: ArgumentHelp(
      "Print every warning.",
      discussion: "Above \(Diagnostics.warningLimit) warnings a command prints the first of "
        + "each kind and a count per kind."))
  var allWarnings = false

  func validate() throws {
    if quiet, allWarnings { throw ValidationError("give --quiet or --all-warnings, not both") }
  }

  /// Options made in code (every value set): warnings summarised.
  static func make(quiet: Bool = false, allWarnings: Bool = false) -> WarningOptions {
    var options = WarningOptions()
    options.quiet = quiet
    options.allWarnings = allWarnings
    return options
  }

  /// The options as a printing mode.
  var mode: Diagnostics.WarningMode {
    quiet ? .none : allWarnings ? .all : .summarised
  }
}

enum Diagnostics {
  /// How warnings are printed.
  enum WarningMode: Sendable {
    /// Every warning.
    case all
    /// Every warning up to ``warningLimit``; above it, the first of each
    /// kind and a count per kind.
    case summarised
    /// None.
    case none
  }

  /// Above this many warnings, `.summarised` prints one of each kind.
  static let warningLimit = 20

  /// The kind of a message: its words with quoted values and paths (`…`)
  /// and numbers and dates (`N`) taken out, so that `unknown license 'x'` and
  /// `unknown license 'y'` are one kind.
  static func kind(of message: String) -> String {
    let characters = Array(message)
    func isWord(_ at: Int) -> Bool {
      characters.indices.contains(at) && (characters[at].isLetter || characters[at].isNumber)
    }
    var out = ""
    var quote: Character? = nil
    var lastWasNumber = false
    for (at, character) in characters.enumerated() {
      if let open = quote {
        // A quote closes where no word goes on after it (so "Adobe's"
        // inside a quoted value does not close it).
        if character == open, !isWord(at + 1) { quote = nil }
        continue
      }
      if (character == "'" || character == "\""), !isWord(at - 1) {
        quote = character
        out += "…"
        lastWasNumber = false
      } else if character.isNumber || (lastWasNumber && ".-:".contains(character)) {
        if !lastWasNumber { out += "N" }
        lastWasNumber = true
      } else {
        out.append(character)
        lastWasNumber = false
      }
    }
    // A path is a value too.
    return out.split(separator: " ", omittingEmptySubsequences: false).map { word in
      guard word.contains("/") else { return String(word) }
      return "…" + String(word.reversed().prefix { ");,".contains($0) }.reversed())
    }.joined(separator: " ")
  }

  /// Prints errors and notes in full and warnings as `mode` says.
  static func print(_ diagnostics: [Diagnostic], warnings mode: WarningMode = .summarised) {
    var printer = WarningPrinter(
      mode: mode, total: diagnostics.filter { $0.severity == .warning }.count)
    for diagnostic in diagnostics {
      if diagnostic.severity == .warning {
        printer.warning(
          diagnostic.description, message: diagnostic.message,
          at: diagnostic.location.description)
      } else {
        stderr(diagnostic.description)
      }
    }
    printer.finish()
  }

  /// Prints warnings one by one, or, above ``warningLimit`` in
  /// `.summarised` mode, the first of each kind and then a count per kind.
  struct WarningPrinter {
    let mode: WarningMode
    let summarise: Bool
    var kinds: [(kind: String, place: String, count: Int)] = []
    var index: [String: Int] = [:]
    let total: Int

    init(mode: WarningMode, total: Int) {
      self.mode = mode
      self.total = total
      summarise = mode == .summarised && total > Diagnostics.warningLimit
    }

    mutating func warning(_ line: String, message: String, at place: String) {
      switch mode {
      case .none: return
      case .all: stderr(line)
      case .summarised:
        guard summarise else { return stderr(line) }
        let kind = Diagnostics.kind(of: message)
        if let at = index[kind] {
          kinds[at].count += 1
        } else {
          index[kind] = kinds.count
          kinds.append((kind, place, 1))
          stderr(line)
        }
      }
    }

    func finish() {
      guard summarise else { return }
      stderr(
        "note: \(total) warnings of \(kinds.count) kind\(kinds.count == 1 ? "" : "s"); the "
          + "first of each is shown above (--all-warnings prints all, --quiet none):")
      for kind in kinds.sorted(by: { $0.count > $1.count }) {
        stderr(
          "  \(kind.count) × \(kind.kind)" + (kind.place.isEmpty ? "" : " (first at \(kind.place))")
        )
      }
    }
  }

  static func summary(_ result: Loader.Result) {
    let errors = result.errors.count
    let warnings = result.warnings.count
    stderr(
      "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) "
        + "warning\(warnings == 1 ? "" : "s")")
  }

  static func stderr(_ line: String) {
    let shown = Terminal.standardError ? Terminal.clean(line) : line
    FileHandle.standardError.write(Data((shown + "\n").utf8))
  }
}

/// Writes a file whole or not at all: to a temporary file beside it, then
/// renamed over the target. A symbolic link is written through, a device or
/// pipe written directly, and a target that is one of the command's
/// `inputs` refused (exit 2) before anything is written.
enum OutputFile {
  static func write(_ text: String, to path: String, inputs: [String]) throws {
    try write(Data(text.utf8), to: path, inputs: inputs)
  }

  /// The device and inode of the file at `path`, following links.
  static func identity(_ path: String) -> (dev_t, ino_t, mode_t)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_dev, info.st_ino, info.st_mode)
  }

  /// Refuses (exit 2) an output that is one of `inputs` (a store's log
  /// files included).
  static func refuseInput(_ path: String, inputs: [String]) throws {
    let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    guard let (device, inode, _) = identity(url.path) else { return }
    let inputs = inputs.flatMap { [$0, $0 + "-wal", $0 + "-shm"] }
    if let input = inputs.first(where: { input in
      identity(input).map { $0.0 == device && $0.1 == inode } ?? false
    }) {
      throw UsageError(
        "-o \(path) is the command's input \(input); write the output to another file "
          + "(nothing was written)")
    }
  }

  /// The file a path names, following symbolic links one by one (a link
  /// whose target does not exist yet names that target).
  static func target(of path: String) -> String {
    var current = URL(fileURLWithPath: path).standardizedFileURL.path
    for _ in 0..<40 {
      guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      else { break }
      current =
        destination.hasPrefix("/")
        ? destination
        : URL(fileURLWithPath: current).deletingLastPathComponent()
          .appendingPathComponent(destination).standardizedFileURL.path
    }
    return current
  }

  static func write(_ data: Data, to path: String, inputs: [String]) throws {
    try refuseInput(path, inputs: inputs)
    // Standard output and error, by any of their names, are written through
    // the process's own handles (a new descriptor would start at the
    // beginning of a file the shell opened for appending).
    let standard: [String: FileHandle] = [
      "/dev/stdout": .standardOutput, "/dev/fd/1": .standardOutput,
      "/proc/self/fd/1": .standardOutput, "/dev/stderr": .standardError,
      "/dev/fd/2": .standardError, "/proc/self/fd/2": .standardError,
    ]
    var handle = standard[URL(fileURLWithPath: path).standardizedFileURL.path]
    if handle == nil, let (device, inode, _) = identity(path) {
      // Any other name for the file standard output or error goes to.
      for (descriptor, standardHandle) in [
        (STDOUT_FILENO, FileHandle.standardOutput), (STDERR_FILENO, .standardError),
      ] {
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_dev == device, info.st_ino == inode {
          handle = standardHandle
        }
      }
    }
    if let handle {
      do {
        try handle.write(contentsOf: data)
      } catch {
        Diagnostics.stderr("error: cannot write \(path): \(error.localizedDescription)")
        throw ExitCode(1)
      }
      return
    }
    // A pipe or device reached by any name (process substitution's /dev/fd/N,
    // a link to one) is opened as named.
    if let (_, _, mode) = identity(path), mode & S_IFMT != S_IFREG, mode & S_IFMT != S_IFDIR {
      guard let direct = FileHandle(forWritingAtPath: path) else {
        Diagnostics.stderr("error: cannot write \(path): it cannot be opened for writing")
        throw ExitCode(1)
      }
      do {
        try direct.write(contentsOf: data)
        try direct.close()
      } catch {
        Diagnostics.stderr("error: cannot write \(path): \(error.localizedDescription)")
        throw ExitCode(1)
      }
      return
    }
    let url = URL(fileURLWithPath: target(of: path))
    if let (_, _, mode) = identity(url.path) {
      switch mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR:
        Diagnostics.stderr("error: cannot write \(path): it is a folder; give a file name")
        throw ExitCode(1)
      default:
        // A device or a pipe (/dev/stdout, a FIFO): written as it is.
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
          Diagnostics.stderr("error: cannot write \(path): it cannot be opened for writing")
          throw ExitCode(1)
        }
        do {
          try handle.write(contentsOf: data)
          try handle.close()
        } catch {
          Diagnostics.stderr("error: cannot write \(path): \(error.localizedDescription)")
          throw ExitCode(1)
        }
        return
      }
    }
    let folder = url.deletingLastPathComponent().path
    // The existing file's permissions are kept; a new file gets the usual
    // ones (0666 less the umask).
    let mask = umask(0)
    umask(mask)
    let mode = identity(url.path).map { $0.2 & 0o7777 } ?? (0o666 & ~mask)
    let temporary: String
    switch exclusiveTemporary(beside: url, mode: mode, data: data) {
    case .success(let written): temporary = written
    case .failure(let failure):
      let why =
        FileManager.default.fileExists(atPath: folder)
        ? failure.reason : "the folder \(folder) does not exist"
      Diagnostics.stderr("error: cannot write \(path): \(why)")
      throw ExitCode(1)
    }
    // rename(2) replaces the target atomically: readers see the old file or
    // the new one, never a part.
    guard rename(temporary, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      Diagnostics.stderr("error: cannot write \(path): \(reason)")
      throw ExitCode(1)
    }
  }

  /// Why a temporary file could not be written.
  struct WriteFailure: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
    init(errno code: Int32) { reason = String(cString: strerror(code)) }
  }

  /// Writes `data` to a new file beside `url` and gives its path. The
  /// file is created exclusively (`mkstemp`: `O_CREAT | O_EXCL`, a random
  /// name, never through an existing file or link), so no link planted in
  /// the folder is followed; on any failure it is removed.
  static func exclusiveTemporary(beside url: URL, mode: mode_t, data: Data)
    -> Result<String, WriteFailure>
  {
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let start = buffer.baseAddress else { return -1 }
      return mkstemp(start)
    }
    guard descriptor >= 0 else { return .failure(WriteFailure(errno: errno)) }
    // mkstemp wrote the name it chose into the template.
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure: WriteFailure? = nil
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      guard let start = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, start + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = WriteFailure(errno: errno)
          return
        }
        offset += written
      }
    }
    if failure == nil, fchmod(descriptor, mode) != 0 { failure = WriteFailure(errno: errno) }
    if failure == nil, fsync(descriptor) != 0 { failure = WriteFailure(errno: errno) }
    if close(descriptor) != 0, failure == nil { failure = WriteFailure(errno: errno) }
    if let failure {
      unlink(temporary)
      return .failure(failure)
    }
    return .success(temporary)
  }
}

/// A request that names something the file does not have: exit 2, with the
/// message alone (the command's usage would not help).
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
