import Foundation
import Testing

/// Starts `lgraph` without waiting for it.
func startLGraph(_ arguments: [String]) throws -> Process {
  let process = Process()
  process.executableURL = productsDirectory().appendingPathComponent("lgraph")
  process.arguments = arguments
  process.currentDirectoryURL = e2eRoot
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  process.standardInput = FileHandle.nullDevice
  try process.run()
  return process
}

/// A deterministic sequence of numbers in [0, 1) (xorshift), so that the
/// kill points are spread but the test is the same on every run.
struct Xorshift {
  var state: UInt64
  mutating func next() -> Double {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Double(state % 1_000_000) / 1_000_000
  }
}

@Suite(.serialized) struct StoreEndToEndTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-e2e-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  // The store as a user runs it: init, import, log, stats, export, and the
  // graph commands reading --db or ./liability.sqlite.
  @Test func storeCommands() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let db = dir.appendingPathComponent("chains.sqlite").path
    let example = "examples/llama-3.1-lexbot.yaml"
    #expect(try lgraph(["db", "init", "--db", db]).stdout == "\(db): created an empty store\n")
    let imported = try lgraph(["db", "import", "--db", db, example, "-m", "first import"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasPrefix("revision 1: \(example): 39 added, 0 changed, 0 removed"))
    let log = try lgraph(["db", "log", "--db", db])
    #expect(log.stdout.contains("+39 ~0 -0  first import"))
    let stats = try lgraph(["db", "stats", "--db", db, "--format", "json"])
    let object = try json(stats.stdout)
    #expect(object["integrity"] as? String == "ok")
    #expect(object["revisions"] as? Int == 1)
    // Graph commands read the store like the file.
    let fromFile = try lgraph(["roles", example])
    let fromStore = try lgraph(["roles", "--db", db])
    #expect(fromStore.status == 0)
    #expect(fromStore.stdout == fromFile.stdout)
    let trace = try lgraph(["trace", "--db", db, "--incident", "lexbot-fake-citation"])
    #expect(trace.stdout.contains("LexCo, Inc. (hypothetical)          primary"))
    #expect(try lgraph(["validate", "--db", db]).stdout.hasPrefix("\(db): ok (7 parties"))
    let export = dir.appendingPathComponent("back.yaml").path
    #expect(try lgraph(["db", "export", "--db", db, "-o", export]).status == 0)
    #expect(try lgraph(["roles", export]).stdout == fromFile.stdout)
    // ./liability.sqlite when no file is given, from its folder.
    let local = dir.appendingPathComponent("liability.sqlite").path
    try FileManager.default.copyItem(atPath: db, toPath: local)
    let process = Process()
    process.executableURL = productsDirectory().appendingPathComponent("lgraph")
    process.arguments = ["show", "--format", "json"]
    process.currentDirectoryURL = dir
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).contains("\"lexbot\""))
    // Neither a file nor a store here.
    let none = try lgraph(["roles"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("give a liability-graph file or --db STORE"))
    // A file that is not a store is refused, and not changed.
    let notes = dir.appendingPathComponent("notes.txt").path
    try "notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
    let refused = try lgraph(["db", "import", "--db", notes, example])
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "\(notes): error: [not-a-store] is not a SQLite database, so not a LiabilityGraph "
        + "store; it was left untouched\n")
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "notes\n")
    // A read of a store that is not there says so with its code, and
    // creates nothing.
    let missing = dir.appendingPathComponent("missing.sqlite").path
    let unread = try lgraph(["roles", "--db", missing])
    #expect(unread.status == 1)
    #expect(
      unread.stderr.hasPrefix("\(missing): error: [not-a-store] no store here"),
      "\(unread.stderr)")
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  // An import killed at any moment leaves the store at its previous
  // revision, readable and whole; a reader works while an import runs.
  @Test func importsSurviveKill() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let db = dir.appendingPathComponent("s.sqlite").path
    #expect(try lgraph(["db", "import", "--db", db, "examples/olmo-2-tulu.yaml"]).status == 0)
    let before = try lgraph(["db", "export", "--db", db]).stdout
    // A lineage list big enough (over 8 MB) to take the bulk path, which
    // drops and rebuilds the indexes inside the transaction.
    let csv = dir.appendingPathComponent("lineage.csv")
    var text = "child,parent,relation\n"
    for i in 1...260_000 {
      text += "org\(i % 89)/model-\(i),org\((i / 2) % 89)/model-\(i / 2),finetune\n"
    }
    try text.write(to: csv, atomically: true, encoding: .utf8)
    // How long a whole import takes here, on a copy of the store (and that
    // a whole import records everything).
    let copy = dir.appendingPathComponent("copy.sqlite").path
    try FileManager.default.copyItem(atPath: db, toPath: copy)
    let start = Date()
    let whole = try lgraph(["db", "import", "--db", copy, "--lineage", csv.path, "--quiet"])
    let duration = Date().timeIntervalSince(start)
    #expect(whole.stdout.contains("260000 edges recorded"))
    var random = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
    var killed = 0
    var revisions = 1
    var expected = before
    for attempt in 0..<4 {
      let process = try startLGraph([
        "db", "import", "--db", db, "--lineage", csv.path, "--quiet",
      ])
      // Anywhere from the start to near the expected end (the last part
      // builds the indexes and commits).
      let delay = 0.02 + random.next() * duration * 0.9
      if attempt == 0 {
        // A second process reads while the import writes.
        Thread.sleep(forTimeInterval: 0.3)
        let reader = try lgraph(["db", "stats", "--db", db, "--format", "json"])
        #expect(reader.status == 0, "\(reader.stderr)")
        #expect(try json(reader.stdout)["revisions"] as? Int == revisions)
      }
      Thread.sleep(forTimeInterval: delay)
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      let stats = try json(try lgraph(["db", "stats", "--db", db, "--format", "json"]).stdout)
      #expect(stats["integrity"] as? String == "ok", "attempt \(attempt)")
      // All or nothing: either the import committed before the kill (a
      // faster run than the measured one, or a kill after the commit while
      // the process was still closing), and the whole list is a new
      // revision, or it did not, and the store is as it was.
      if stats["revisions"] as? Int == revisions + 1 {
        revisions += 1
        let export = try lgraph(["db", "export", "--db", db]).stdout
        #expect(export.contains("org1/model-2") && export.contains("/model-260000"))
        expected = export
        continue
      }
      killed += 1
      #expect(stats["revisions"] as? Int == revisions, "attempt \(attempt) after \(delay) s")
      #expect(try lgraph(["db", "export", "--db", db]).stdout == expected)
    }
    #expect(killed > 0)
  }
}

@Suite struct DocumentedOutputTests {
  // The README quotes `lgraph roles` on the main example: every quoted
  // line is what the tool prints now.
  @Test func readmeRolesExcerptIsCurrent() throws {
    let readme = try String(
      contentsOf: e2eRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let marker = "$ lgraph roles examples/llama-3.1-lexbot.yaml\n"
    let start = try #require(readme.range(of: marker))
    let block = readme[start.upperBound...].prefix { _ in true }
    let end = try #require(block.range(of: "```"))
    let quoted = block[..<end.lowerBound].split(separator: "\n").map(String.init)
      .filter { $0 != "..." }
    #expect(quoted.count > 4)
    let output = try lgraph(["roles", "examples/llama-3.1-lexbot.yaml"]).stdout
    let lines = Set(output.split(separator: "\n").map(String.init))
    for line in quoted {
      #expect(lines.contains(line), "README quotes a line the tool no longer prints: \(line)")
    }
  }
}
