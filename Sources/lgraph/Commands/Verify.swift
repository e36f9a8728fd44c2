import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop

struct Verify: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a model's pinned file digests (hashes) against its files.",
    discussion: """
      Computes the SHA-256 of each file the model's hashes name, in --dir, and compares. \
      With -o, writes the chain with each digest that matched marked known: verified. \
      Exits 1 when a digest does not match or a file is missing.
      """)
  @Argument(help: "A liability-graph/1 file (YAML, or JSON when it ends in .json).")
  var file: String
  @Option(help: "The model whose files to check.")
  var model: String
  @Option(help: "The folder holding the model's files (names as its hashes give them).")
  var dir: String
  @OptionGroup var output: OutputOptions<ChainFileFormats>

  func run() throws {
    let loaded = Loader.load(path: file)
    Diagnostics.print(loaded.diagnostics)
    guard var document = loaded.document else { throw ExitCode(1) }
    guard let index = document.models.firstIndex(where: { $0.id == model }) else {
      throw UsageError(
        "no model '\(model)' in \(file); known: "
          + document.models.prefix(8).map(\.id).joined(separator: ", "))
    }
    let target = document.models[index]
    guard !target.hashes.isEmpty else {
      throw UsageError("model '\(model)' pins no digests (hashes); nothing to check")
    }
    let checks = ArtifactVerifier.check(target, in: dir)
    for check in checks {
      let name = check.hash.file ?? "(the artifact as a whole)"
      switch check.outcome {
      case .verified: print("verified    \(name)")
      case .mismatch:
        print("MISMATCH    \(name): pinned \(check.hash.sha256), found \(check.found ?? "")")
      case .missing: print("missing     \(name): no such file in \(dir)")
      case .refused: print("refused     \(name): the name leaves the folder or is a link; not read")
      case .notChecked: print("not checked \(name): no file is named")
      }
    }
    let verified = checks.filter { $0.outcome == .verified }.count
    print("\(verified) of \(checks.count) digests verified")
    if output.output != nil {
      document.models[index] = ArtifactVerifier.marking(target, checks)
      try output.write(
        DocumentWriter.text(document, as: DocumentWriter.Format(output.chosen) ?? .yaml),
        inputs: [file])
    }
    if checks.contains(where: { [.mismatch, .missing, .refused].contains($0.outcome) }) {
      throw ExitCode(1)
    }
  }
}
