import Foundation
import Testing

/// `lgraph verify`: a model's pinned digests checked against its files.
@Suite struct VerifyTests {
  // SHA-256 of "hello" and of "abc" (FIPS 180-2's example).
  static let hello = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
  static let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

  func chain(_ hashes: String) -> String {
    """
    format: liability-graph/1
    parties: [{id: acme, name: Acme}]
    models:
      - id: m
        name: M
        developer: acme
        revision: 3f2c1d0
        hashes:
    \(hashes)
    """
  }

  @Test func eachDigestIsCheckedAndAMatchIsMarkedVerified() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = folder.appendingPathComponent("files")
    try FileManager.default.createDirectory(
      at: files.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("hello".utf8).write(to: files.appendingPathComponent("model.safetensors"))
    try Data("abc".utf8).write(to: files.appendingPathComponent("sub/config.json"))
    try Data("changed".utf8).write(to: files.appendingPathComponent("tokenizer.json"))
    try Data("secret".utf8).write(to: folder.appendingPathComponent("outside.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: files.appendingPathComponent("link.bin").path,
      withDestinationPath: folder.appendingPathComponent("outside.txt").path)
    let path = folder.appendingPathComponent("chain.yaml").path
    try chain(
      """
            - {file: model.safetensors, sha256: \(Self.hello.uppercased()), known: declared}
            - {file: sub/config.json, sha256: \(Self.abc)}
            - {file: tokenizer.json, sha256: \(Self.abc)}
            - {file: gone.bin, sha256: \(Self.abc)}
            - {file: ../outside.txt, sha256: \(Self.abc)}
            - {file: link.bin, sha256: \(Self.abc)}
            - {sha256: \(Self.abc)}
      """
    ).write(toFile: path, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("verified.yaml").path
    let result = try lgraph(["verify", path, "--model", "m", "--dir", files.path, "-o", out])
    #expect(result.status == 1, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "verified    model.safetensors")
    #expect(lines[1] == "verified    sub/config.json")
    #expect(lines[2].hasPrefix("MISMATCH    tokenizer.json: pinned \(Self.abc), found "))
    #expect(lines[3].hasPrefix("missing     gone.bin"))
    #expect(lines[4].hasPrefix("refused     ../outside.txt"))
    #expect(lines[5].hasPrefix("refused     link.bin"))
    #expect(lines[6].hasPrefix("not checked (the artifact as a whole)"))
    #expect(lines[7] == "2 of 7 digests verified")
    let written = try String(contentsOfFile: out, encoding: .utf8)
    #expect(
      written.contains(
        "file: model.safetensors\n        sha256: \(Self.hello)\n        known: verified"),
      "\(written)")
    #expect(written.components(separatedBy: "known: verified").count == 3)
    // Every digest matching: status 0.
    try chain("        - {file: model.safetensors, sha256: \(Self.hello)}").write(
      toFile: path, atomically: true, encoding: .utf8)
    let good = try lgraph(["verify", path, "--model", "m", "--dir", files.path])
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    #expect(good.stdout.hasSuffix("1 of 1 digests verified\n"))
    let unknown = try lgraph(["verify", path, "--model", "nope", "--dir", files.path])
    #expect(unknown.status == 2)
  }
}
