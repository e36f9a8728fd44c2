import Foundation
import LiabilityGraph

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A client of the Hugging Face Hub's HTTP API (`/api/models/...`) that
/// keeps every response on disk: a response is read from the cache when it
/// is there, fetched and kept when it is not, and `offline` never touches
/// the network. A rate limit (HTTP 429, or 503) is waited out as the Hub's
/// `Retry-After` says, a few times, then reported.
public final class HubClient {
  /// The Hub's address (`https://huggingface.co`, or a mirror).
  public let endpoint: String
  /// The folder responses are kept in, or nil for none.
  public let cache: String?
  /// Whether to read only from the cache.
  public let offline: Bool
  /// A token for gated and private repositories (`HF_TOKEN`), never kept.
  let token: String?
  /// Where a wait for a rate limit is said.
  let log: (String) -> Void
  /// The longest wait for one rate limit, in seconds, and the attempts.
  let longestWait: Double
  let attempts: Int
  /// Requests made to the network (not the cache), for the summary.
  public private(set) var fetched = 0
  /// Responses read from the cache.
  public private(set) var cached = 0

  /// A client of `endpoint` keeping responses in `cache`.
  public init(
    endpoint: String = "https://huggingface.co", cache: String?, offline: Bool = false,
    token: String? = nil, longestWait: Double = 60, attempts: Int = 5,
    log: @escaping (String) -> Void = { _ in }
  ) {
    self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
    self.cache = cache
    self.offline = offline
    self.token = token
    self.longestWait = longestWait
    self.attempts = attempts
    self.log = log
  }

  /// Why a request gave nothing.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// The address asked.
    public var url: String
    /// The HTTP status, when there was one.
    public var status: Int?
    /// What went wrong, in words.
    public var message: String
    /// The address and what went wrong.
    public var description: String { "\(url): \(message)" }
  }

  /// A response: its body, the day it was retrieved (from the Hub, when
  /// it was kept), and the next page's address, if the Hub gave one.
  public struct Response: Sendable {
    /// The body.
    public var body: [UInt8]
    /// The day the response was fetched from the Hub.
    public var retrieved: Day
    /// The address of the next page (the `Link` header's `rel="next"`).
    public var next: String?
  }

  /// The response to `path` (with its query), from the cache or the Hub.
  public func get(_ path: String) throws(Failure) -> Response {
    let url = path.hasPrefix("http") ? path : endpoint + path
    let file = cache.map { $0 + "/" + Self.cacheName(url.dropFirst(endpoint.count)) }
    if let file, let kept = Self.read(file) {
      cached += 1
      return kept
    }
    if offline {
      throw Failure(
        url: url, status: nil,
        message:
          "not in the cache\(cache.map { " (\($0))" } ?? "") and --offline forbids the network")
    }
    let response = try fetch(url)
    if let file { Self.keep(response, url: url, at: file) }
    return response
  }

  /// The cache file of a request: its path (in lower case) and query with
  /// every character that is not a letter, digit, `.` or `-` written as
  /// `_XX`.
  package static func cacheName(_ path: Substring) -> String {
    // The Hub matches repository ids without regard to case: so does the
    // cache (the query, a page's cursor, is kept as it is).
    let query = path.firstIndex(of: "?") ?? path.endIndex
    let key = path[..<query].lowercased() + path[query...]
    var out = ""
    for byte in key.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-") {
        out.append(c)
      } else {
        out += "_" + String(byte, radix: 16, uppercase: true)
      }
    }
    // Keep names within file-system limits: long queries are cut and
    // told apart by a digest of the whole.
    if out.utf8.count > 200 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in out.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      out = String(out.prefix(180)) + "-" + String(hash, radix: 16)
    }
    return out + ".json"
  }

  /// A kept response: `{"url", "retrieved", "next", "body"}`.
  static func read(_ file: String) -> Response? {
    guard let data = FileManager.default.contents(atPath: file),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let body = object["body"] as? String,
      let day = (object["retrieved"] as? String).flatMap(Day.init)
    else { return nil }
    return Response(body: Array(body.utf8), retrieved: day, next: object["next"] as? String)
  }

  /// Keeps a response (whole, or not at all: written beside and renamed).
  static func keep(_ response: Response, url: String, at file: String) {
    let object: [String: Any] = [
      "url": url, "retrieved": response.retrieved.description,
      "next": response.next ?? NSNull(), "body": String(decoding: response.body, as: UTF8.self),
    ]
    guard
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else { return }
    let folder = (file as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary = file + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
    if rename(temporary, file) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
  }

  /// One request to the network, rate limits waited out.
  func fetch(_ url: String) throws(Failure) -> Response {
    guard let address = URL(string: url) else {
      throw Failure(url: url, status: nil, message: "not a valid address")
    }
    var request = URLRequest(url: address, timeoutInterval: 30)
    request.setValue("application/json", forHTTPHeaderField: "Accept")
    request.setValue("lgraph", forHTTPHeaderField: "User-Agent")
    if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
    for attempt in 1...max(1, attempts) {
      fetched += 1
      let (data, response, error) = Self.send(request)
      guard let http = response as? HTTPURLResponse else {
        throw Failure(
          url: url, status: nil,
          message: "the Hub did not answer (\(error?.localizedDescription ?? "no response"))")
      }
      switch http.statusCode {
      case 200:
        return Response(
          body: Array(data ?? Data()), retrieved: Day.today,
          next: Self.nextPage(http.value(forHTTPHeaderField: "Link")))
      case 429, 503:
        let wait = min(
          longestWait,
          http.value(forHTTPHeaderField: "Retry-After").flatMap(Double.init)
            ?? Double(1 << (attempt - 1)))
        guard attempt < attempts else { break }
        log("the Hub limits the rate of requests (HTTP \(http.statusCode)); waiting \(Int(wait)) s")
        Thread.sleep(forTimeInterval: wait)
        continue
      case 401, 403:
        throw Failure(
          url: url, status: http.statusCode,
          message: "HTTP \(http.statusCode): the repository is gated or private; set HF_TOKEN "
            + "to a token that may read it")
      case 404:
        throw Failure(url: url, status: 404, message: "HTTP 404: no such repository on the Hub")
      default:
        throw Failure(
          url: url, status: http.statusCode, message: "HTTP \(http.statusCode) from the Hub")
      }
      break
    }
    throw Failure(
      url: url, status: 429,
      message: "the Hub still limits the rate after \(attempts) attempts; try again later")
  }

  /// Sends one request and waits for its answer.
  static func send(_ request: URLRequest) -> (Data?, URLResponse?, Error?) {
    final class Box: @unchecked Sendable {
      var value: (Data?, URLResponse?, Error?) = (nil, nil, nil)
    }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let task = URLSession.shared.dataTask(with: request) { data, response, error in
      box.value = (data, response, error)
      done.signal()
    }
    task.resume()
    done.wait()
    return box.value
  }

  /// The `rel="next"` address of a `Link` header.
  static func nextPage(_ header: String?) -> String? {
    guard let header else { return nil }
    for part in header.split(separator: ",") {
      let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard pieces.count >= 2, pieces.dropFirst().contains(where: { $0 == "rel=\"next\"" }),
        pieces[0].hasPrefix("<"), pieces[0].hasSuffix(">")
      else { continue }
      return String(pieces[0].dropFirst().dropLast())
    }
    return nil
  }
}
