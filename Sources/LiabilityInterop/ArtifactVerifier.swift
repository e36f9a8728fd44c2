import Crypto
import Foundation
import LiabilityGraph

/// Checks a model's pinned file digests against the files themselves: each
/// digest of a named file is computed from that file in a folder (SHA-256,
/// read in chunks, so a shard of many gigabytes streams through) and
/// compared. A file name that would leave the folder (`..`, an absolute
/// path) or a symbolic link is refused, never followed.
public enum ArtifactVerifier {
  /// What the check of one digest found.
  public enum Outcome: String, Sendable, Hashable {
    /// The file's digest is the one pinned.
    case verified
    /// The file's digest is another.
    case mismatch
    /// No such file in the folder.
    case missing
    /// The name leaves the folder, or is a link: not read.
    case refused
    /// A digest of the artifact as a whole (no file named): not checked here.
    case notChecked = "not-checked"
  }

  /// One digest checked.
  public struct Check: Sendable, Hashable {
    /// The digest as pinned.
    public var hash: FileHash
    /// What the check found.
    public var outcome: Outcome
    /// The digest computed, for a mismatch.
    public var found: String?
  }

  /// Checks every digest of `model` against the files in `folder`.
  public static func check(_ model: Model, in folder: String) -> [Check] {
    model.hashes.map { hash in
      guard let file = hash.file else { return Check(hash: hash, outcome: .notChecked) }
      let parts = file.split(separator: "/", omittingEmptySubsequences: false)
      guard !file.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0.isEmpty }) else {
        return Check(hash: hash, outcome: .refused)
      }
      let path = (folder as NSString).appendingPathComponent(file)
      // A link is not followed: its target may be anywhere.
      var status = stat()
      guard lstat(path, &status) == 0 else { return Check(hash: hash, outcome: .missing) }
      guard (status.st_mode & S_IFMT) == S_IFREG else {
        return Check(hash: hash, outcome: .refused)
      }
      guard let digest = sha256(path) else { return Check(hash: hash, outcome: .missing) }
      return digest == hash.sha256.lowercased()
        ? Check(hash: hash, outcome: .verified)
        : Check(hash: hash, outcome: .mismatch, found: digest)
    }
  }

  /// The SHA-256 of a file, as 64 lower-case hexadecimal digits.
  public static func sha256(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hasher = SHA256()
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 4 << 20)
      } catch {
        return nil
      }
      // Nil or empty: the end of the file.
      guard let chunk, !chunk.isEmpty else { break }
      hasher.update(data: chunk)
    }
    return hasher.finalize().map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }

  /// `model` with each digest the check verified marked `known: verified`.
  public static func marking(_ model: Model, _ checks: [Check]) -> Model {
    var model = model
    model.hashes = model.hashes.map { hash in
      var hash = hash
      if checks.contains(where: { $0.hash == hash && $0.outcome == .verified }) {
        hash.known = .verified
      }
      return hash
    }
    return model
  }
}
