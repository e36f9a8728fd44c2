import Foundation
import Testing

/// Every command's `--format` and `-o` come from one group and one table of
/// extensions: a file gets what its name asks for, stdout gets the same
/// bytes, and a format the command does not write is refused before work.
@Suite struct OutputOptionsTests {
  let example = e2eRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path

  /// (arguments, file name, text that starts the file).
  static let written: [([String], String, String)] = [
    (["roles"], "roles.json", "{"),
    (["roles"], "roles.txt", ""),
    (["duties", "--regime", "eu-ai-act"], "duties.markdown", ""),
    (["compare", "--regimes", "eu-ai-act,principles"], "compare.csv", "regime,as_of,party,"),
    (["duties", "--regime", "ca-ab2013"], "register.csv", "regime,as_of,party,"),
    (["trace", "--incident", "lexbot-fake-citation"], "trace.HTM", "<!DOCTYPE html>"),
    (["render"], "chain.gv", "digraph"),
    (["export", "--to", "spdx3"], "bom.spdx.jsonld", "{"),
    (["regimes", "show", "eu-ai-act"], "pack.yml", ""),
  ]

  @Test(arguments: written)
  func aFileGetsTheFormatItsNameAsksFor(arguments: [String], name: String, start: String) throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent(name).path
    // `regimes show` reads no chain; every other command reads the example.
    let input = arguments.first == "regimes" ? [] : [example]
    let toFile = try lgraph(arguments.prefix(1) + input + arguments.dropFirst() + ["-o", path])
    #expect(toFile.status == 0, "\(arguments): \(toFile.stderr)")
    let file = try String(contentsOfFile: path, encoding: .utf8)
    #expect(file.hasPrefix(start), "\(name): \(file.prefix(80))")
    #expect(file.hasSuffix("\n"), "\(name) ends in a newline")
    // The same format asked for by name, on standard output: the same bytes
    // (a diagram's stdout is DOT, as its file is here).
    let format = name.split(separator: ".").last.map(String.init)?.lowercased() ?? ""
    let named: [String: String] = [
      "txt": "text", "markdown": "md", "htm": "html", "gv": "dot", "jsonld": "json", "yml": "yaml",
    ]
    let toStdout = try lgraph(
      arguments.prefix(1) + input + arguments.dropFirst() + ["--format", named[format] ?? format])
    #expect(toStdout.status == 0, "\(arguments): \(toStdout.stderr)")
    #expect(toStdout.stdout == file, "\(name): stdout and the file differ")
  }

  @Test func aFormatTheCommandDoesNotWriteIsRefused() throws {
    let duties = try lgraph(["duties", example, "--regime", "eu-ai-act", "--format", "html"])
    #expect(duties.status == 2, "\(duties.stderr)")
    #expect(
      duties.stderr.contains("--format is text, json, md or csv here, not 'html'"),
      "\(duties.stderr)")
    let roles = try lgraph(["roles", example, "--format", "xml"])
    #expect(roles.status == 2)
    let trace = try lgraph(["trace", example, "--incident", "lexbot-fake-citation", "-o", "t.docx"])
    #expect(trace.status == 2)
    #expect(
      trace.stderr.contains(
        "cannot tell the format of 't.docx' from its extension; use .txt, .json, .md, "
          + ".markdown, .html, .htm or .csv, or give --format"), "\(trace.stderr)")
    let png = try lgraph(["render", example, "--format", "png"])
    #expect(png.status == 2)
    #expect(png.stderr.contains("png output needs a file: give -o FILE"), "\(png.stderr)")
    #expect(!FileManager.default.fileExists(atPath: e2eRoot.appendingPathComponent("t.docx").path))
  }

  @Test func aChainFileIsYAMLUnlessItIsJSON() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("s.sqlite").path
    #expect(try lgraph(["db", "import", example, "--db", store, "--quiet"]).status == 0)
    // Any name but .json is YAML, as the loader reads it.
    for (name, start) in [("a.yaml", "format:"), ("a.lg", "format:"), ("a.JSON", "{")] {
      let path = folder.appendingPathComponent(name).path
      let export = try lgraph(["db", "export", "--db", store, "-o", path])
      #expect(export.status == 0, "\(export.stderr)")
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.hasPrefix(start), "\(name): \(text.prefix(40))")
      #expect(try lgraph(["validate", path, "--quiet"]).status == 0, "\(name) loads back")
    }
    let pdf = try lgraph(["db", "export", "--db", store, "--format", "pdf"])
    #expect(pdf.status == 2)
    #expect(pdf.stderr.contains("--format is yaml or json here, not 'pdf'"), "\(pdf.stderr)")
  }
}
