import Foundation
import Testing

/// `lgraph import hf --hub` against a local server that replays responses
/// in the Hub's documented shape (`Scripts/hub-replay`): the client is the
/// one users run, only the address differs.
@Suite(.serialized) struct HubImportTests {
  /// A replay server on a free loopback port, stopped by ``stop()``.
  final class Replay {
    let process = Process()
    let input = Pipe()
    let port: Int
    let log: URL

    init(_ responses: [String: [[String: Any]]], folder: URL) throws {
      let manifest = folder.appendingPathComponent("manifest.json")
      try JSONSerialization.data(withJSONObject: ["responses": responses]).write(to: manifest)
      log = folder.appendingPathComponent("requests.log")
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [
        "python3", e2eRoot.appendingPathComponent("Scripts/hub-replay").path, manifest.path,
        "--log", log.path,
      ]
      let out = Pipe()
      process.standardOutput = out
      process.standardInput = input
      try process.run()
      var line = Data()
      while true {
        let byte = out.fileHandleForReading.readData(ofLength: 1)
        if byte.isEmpty || byte == Data("\n".utf8) { break }
        line.append(byte)
      }
      port = Int(String(decoding: line, as: UTF8.self)) ?? 0
    }

    var endpoint: String { "http://127.0.0.1:\(port)" }

    /// The requests made so far, as the server logged them.
    var requests: [String] {
      ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(
        String.init)
    }

    func stop() {
      guard process.isRunning else { return }
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
  }

  static let digest = String(repeating: "ab", count: 32)

  /// The Hub's model information (`GET /api/models/ID?blobs=true`).
  static func info(
    _ id: String, sha: String, gated: Any = false, card: [String: Any], tags: [String] = [],
    files: [[String: Any]] = [], parameters: Int? = nil
  ) -> [String: Any] {
    var info: [String: Any] = [
      "_id": "65f0c0ffee", "id": id, "modelId": id, "author": String(id.prefix { $0 != "/" }),
      "sha": sha, "private": false, "disabled": false, "gated": gated, "downloads": 1000,
      "likes": 10, "library_name": "transformers", "tags": tags,
      "pipeline_tag": "text-generation", "cardData": card,
      "siblings": [["rfilename": "README.md"], ["rfilename": "config.json"]] + files,
      "createdAt": "2025-01-01T00:00:00.000Z", "lastModified": "2025-02-15T00:00:00.000Z",
    ]
    if let parameters {
      info["safetensors"] = ["parameters": ["BF16": parameters], "total": parameters]
    }
    return info
  }

  static func ok(_ body: Any, headers: [String: String] = [:]) -> [String: Any] {
    ["status": 200, "body": body, "headers": headers]
  }

  /// A fine-tune whose card names its base in another letter case, a base
  /// with a stated relation, a gated root, and children over two pages.
  static var responses: [String: [[String: Any]]] {
    [
      "/api/models/acme/legal-8b?blobs=true": [
        // The first answer is a rate limit: the client waits and asks again.
        ["status": 429, "body": ["error": "rate limited"], "headers": ["Retry-After": "0"]],
        ok(
          info(
            "acme/legal-8b", sha: "1111111111111111111111111111111111111111",
            card: [
              "license": "llama3.1", "base_model": "nousresearch/hermes-3-llama-3.1-8b",
              "datasets": ["acme/case-law"],
            ],
            tags: ["base_model:finetune:NousResearch/Hermes-3-Llama-3.1-8B", "license:llama3.1"],
            files: [
              [
                "rfilename": "model.safetensors",
                "lfs": ["sha256": digest, "size": 16_060_522_624, "pointerSize": 135],
              ]
            ], parameters: 8_030_261_248)),
      ],
      "/api/models/NousResearch/Hermes-3-Llama-3.1-8B?blobs=true": [
        ok(
          info(
            "NousResearch/Hermes-3-Llama-3.1-8B", sha: "2222222222222222222222222222222222222222",
            card: [
              "license": "llama3", "base_model": "meta-llama/Llama-3.1-8B",
              "base_model_relation": "finetune",
            ]))
      ],
      "/api/models/meta-llama/Llama-3.1-8B?blobs=true": [
        ok(
          info(
            "meta-llama/Llama-3.1-8B", sha: "3333333333333333333333333333333333333333",
            gated: "manual", card: ["license": "llama3.1"]))
      ],
      "/api/models?filter=base_model:acme/legal-8b&limit=100": [
        ok(
          [["_id": "1", "id": "acme/legal-8b-GGUF", "modelId": "acme/legal-8b-GGUF"]],
          headers: [
            "Link":
              "<http://127.0.0.1:{port}/api/models?filter=base_model%3Aacme%2Flegal-8b&limit=100"
              + "&cursor=page2>; rel=\"next\""
          ])
      ],
      "/api/models?filter=base_model:acme/legal-8b&limit=100&cursor=page2": [
        ok([["_id": "2", "id": "bob/legal-lora", "modelId": "bob/legal-lora"]])
      ],
      "/api/models/acme/legal-8b-GGUF?blobs=true": [
        ok(
          info(
            "acme/legal-8b-GGUF", sha: "4444444444444444444444444444444444444444",
            card: ["base_model": "acme/legal-8b", "base_model_relation": "quantized"]))
      ],
      "/api/models/bob/legal-lora?blobs=true": [
        ok(
          info(
            "bob/legal-lora", sha: "5555555555555555555555555555555555555555",
            card: ["base_model": "acme/legal-8b"], tags: ["base_model:adapter:acme/legal-8b"]))
      ],
    ]
  }

  /// The chain an import wrote, as JSON.
  static func chain(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func models(_ chain: [String: Any]) -> [String: [String: Any]] {
    var out: [String: [String: Any]] = [:]
    for model in chain["models"] as? [[String: Any]] ?? [] {
      if let id = model["id"] as? String { out[id] = model }
    }
    return out
  }

  static var today: String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }

  @Test func lineageUpFromTheHubAndThenOffline() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let replay = try Replay(Self.responses, folder: folder)
    let cache = folder.appendingPathComponent("cache").path
    let out = folder.appendingPathComponent("up.json").path
    let result = try lgraph([
      "import", "hf", "--hub", "acme/legal-8b", "--depth", "2", "--endpoint", replay.endpoint,
      "--cache", cache, "-o", out,
    ])
    replay.stop()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("waiting 0 s"), "\(result.stderr)")
    let requests = replay.requests
    #expect(requests.filter { $0 == "GET /api/models/acme/legal-8b?blobs=true" }.count == 2)
    let chain = try Self.chain(out)
    let models = Self.models(chain)
    #expect(
      Set(models.keys) == [
        "acme/legal-8b", "NousResearch/Hermes-3-Llama-3.1-8B", "meta-llama/Llama-3.1-8B",
      ])
    // The card's lower-case base is the Hub's repository, in its spelling.
    let legal = try #require(models["acme/legal-8b"])
    let base = (legal["derived_from"] as? [[String: Any]])?.first
    #expect(base?["model"] as? String == "NousResearch/Hermes-3-Llama-3.1-8B")
    #expect(base?["relation"] as? String == "finetune")
    #expect(legal["revision"] as? String == "1111111111111111111111111111111111111111")
    #expect(legal["weights"] as? String == "open")
    #expect(legal["parameters"] as? Double == 8_030_261_248)
    #expect(legal["url"] as? String == "https://huggingface.co/acme/legal-8b")
    #expect(legal["license"] as? String == "llama-3.1-community")
    let hashes = legal["hashes"] as? [[String: Any]]
    #expect(hashes?.first?["file"] as? String == "model.safetensors")
    #expect(hashes?.first?["sha256"] as? String == Self.digest)
    #expect(hashes?.first?["known"] as? String == "declared")
    #expect(models["meta-llama/Llama-3.1-8B"]?["weights"] as? String == "gated")
    // Each model's source says what was read, from where and when.
    let sources = chain["sources"] as? [[String: Any]] ?? []
    let source = try #require(
      sources.first { ($0["id"] as? String)?.hasPrefix("hf-hub:acme/legal-8b@") == true })
    #expect(source["retrieved"] as? String == Self.today)
    #expect(
      (source["url"] as? String)?.hasSuffix(
        "/acme/legal-8b/tree/1111111111111111111111111111111111111111") == true)
    #expect((legal["sources"] as? [String])?.contains(source["id"] as? String ?? "") == true)
    // Offline, with the server gone: the same chain from the cache.
    let again = folder.appendingPathComponent("again.json").path
    let offline = try lgraph([
      "import", "hf", "--hub", "ACME/Legal-8B", "--depth", "2", "--endpoint", replay.endpoint,
      "--cache", cache, "--offline", "-o", again,
    ])
    #expect(offline.status == 0, "\(offline.stderr)")
    #expect(offline.stderr.contains("0 requests"), "\(offline.stderr)")
    #expect(
      try String(contentsOfFile: again, encoding: .utf8)
        == String(contentsOfFile: out, encoding: .utf8))
    // Offline without the responses: a clear error, nothing written.
    let empty = folder.appendingPathComponent("empty").path
    let missing = try lgraph([
      "import", "hf", "--hub", "acme/legal-8b", "--endpoint", replay.endpoint, "--cache", empty,
      "--offline", "-o", folder.appendingPathComponent("none.json").path,
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("not in the cache"), "\(missing.stderr)")
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.json").path))
  }

  @Test func childrenDownFromTheHubOverPages() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let replay = try Replay(Self.responses, folder: folder)
    defer { replay.stop() }
    let out = folder.appendingPathComponent("down.json").path
    let result = try lgraph([
      "import", "hf", "--hub", "acme/legal-8b", "--depth", "1", "--down", "--endpoint",
      replay.endpoint, "--cache", folder.appendingPathComponent("cache").path, "-o", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let models = Self.models(try Self.chain(out))
    let gguf = try #require(models["acme/legal-8b-GGUF"])
    #expect((gguf["derived_from"] as? [[String: Any]])?.first?["relation"] as? String == "quantize")
    let lora = try #require(models["bob/legal-lora"])
    #expect((lora["derived_from"] as? [[String: Any]])?.first?["relation"] as? String == "adapter")
    // One link up is read; the base two links up, beyond --depth, is named, not read.
    #expect(models["NousResearch/Hermes-3-Llama-3.1-8B"]?["revision"] as? String != nil)
    let llama = try #require(models["meta-llama/Llama-3.1-8B"])
    #expect(llama["revision"] == nil)
    #expect(llama["weights"] == nil)
    #expect(
      replay.requests.contains(
        "GET /api/models?cursor=page2&filter=base_model:acme/legal-8b&limit=100"))
  }

  // Two repositories that name each other as base: the closing link is
  // left out, said, and the chain loads.
  @Test func aLineageCycleOnTheHubIsBroken() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let replay = try Replay(
      [
        "/api/models/x/a?blobs=true": [
          Self.ok(
            Self.info(
              "x/a", sha: "6666666666666666666666666666666666666666",
              card: ["base_model": "x/b", "base_model_relation": "finetune"]))
        ],
        "/api/models/x/b?blobs=true": [
          Self.ok(
            Self.info(
              "x/b", sha: "7777777777777777777777777777777777777777",
              card: ["base_model": "x/a", "base_model_relation": "finetune"]))
        ],
      ], folder: folder)
    defer { replay.stop() }
    let out = folder.appendingPathComponent("cycle.json").path
    let result = try lgraph([
      "import", "hf", "--hub", "x/a", "--depth", "3", "--endpoint", replay.endpoint, "--cache",
      folder.appendingPathComponent("cache").path, "-o", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("lineage cycle"), "\(result.stderr)")
    let models = Self.models(try Self.chain(out))
    let links = models.values.compactMap { ($0["derived_from"] as? [[String: Any]])?.count }
    #expect(links.reduce(0, +) == 1)
  }

  @Test func aModelTheHubDoesNotHaveIsAnError() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let replay = try Replay(Self.responses, folder: folder)
    defer { replay.stop() }
    let out = folder.appendingPathComponent("x.json").path
    let result = try lgraph([
      "import", "hf", "--hub", "nobody/nothing", "--endpoint", replay.endpoint, "--cache",
      folder.appendingPathComponent("cache").path, "-o", out,
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("'nobody/nothing' cannot be read from the Hub: HTTP 404"),
      "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
    let both = try lgraph(["import", "hf", "card.md", "--hub", "a/b"])
    #expect(both.status == 2)
  }
}
