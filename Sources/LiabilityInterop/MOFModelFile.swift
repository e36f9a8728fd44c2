import Foundation
import LiabilityGraph

/// A Model Openness Framework model file (`framework:` and `release:`, as
/// the Model Openness Tool writes them): the release's name, producer,
/// origin, release-wide licenses and components.
public struct MOFRelease: Sendable, Hashable {
  /// The release's name: the model's name.
  public var name: String
  /// The release's version, if the file says.
  public var version: String?
  /// The organization that produced the model, if the file says.
  public var producer: String?
  /// The model it derives from, if the file says.
  public var origin: String?
  /// The address of the model's repository, if the file says.
  public var repository: String?
  /// The address of the model on Hugging Face, if the file says.
  public var huggingface: String?
  /// Release-wide licenses by kind: `distribution`, `code`, `data`,
  /// `document`.
  public var licenses: [String: String]
  /// Components in file order: the framework's name, and its license (nil
  /// when the file gives none).
  public var components: [(name: String, license: String?)]
  /// Component names that are not the framework's, with their line.
  public var unknownComponents: [(name: String, line: Int)]
  /// Other problems with the components, with their line: a component
  /// without a name, or one listed twice (the last entry counts, as in the
  /// Model Openness Tool).
  public var componentProblems: [(message: String, line: Int)] = []

  public static func == (lhs: MOFRelease, rhs: MOFRelease) -> Bool {
    lhs.name == rhs.name && lhs.licenses == rhs.licenses
      && lhs.components.map(\.name) == rhs.components.map(\.name)
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }

  /// The components as the framework knows them (the last entry of a
  /// component listed twice wins, as in the tool).
  public var frameworkComponents: [MOFComponent: String?] {
    var out: [MOFComponent: String?] = [:]
    for entry in components {
      guard let component = MOFComponent(rawValue: entry.name) else { continue }
      out[component] = .some(entry.license)
    }
    return out
  }
}

/// Why a file could not be read as a MOF model file.
public struct MOFFileError: Error, Sendable, CustomStringConvertible {
  /// The path of the file.
  public var file: String
  /// The line the problem is on, from 1.
  public var line: Int
  /// What is wrong.
  public var message: String
  /// What kind of problem it is.
  public var code: DiagnosticCode = .notAChain
  public var description: String { "\(file):\(line):1: error: [\(code)] \(message)" }
}

/// Reads Model Openness Framework model files into ``MOFRelease`` values.
public enum MOFModelFile {
  /// Whether `text` looks like a MOF model file (top-level `release:` and
  /// `framework:` keys) rather than a liability-graph file.
  public static func looksLikeMOF(_ text: String) -> Bool {
    text.contains("\nrelease:") || text.hasPrefix("release:")
      ? text.contains("framework:") : false
  }

  /// Reads a MOF model file.
  public static func read(path: String) throws(MOFFileError) -> MOFRelease {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw MOFFileError(
        file: path, line: 1, message: "cannot be read as UTF-8 text", code: .unreadableFile)
    }
    return try read(text: text, file: path)
  }

  /// Reads a MOF model file from its text; `file` names it in errors.
  public static func read(text source: String, file: String) throws(MOFFileError) -> MOFRelease {
    let root: SyntaxNode
    switch YAMLReader(file: file).read(source) {
    case .success(let node): root = node
    case .failure(let list):
      let first = list.diagnostics.first
      throw MOFFileError(
        file: file, line: first?.location.line ?? 1, message: first?.message ?? "not YAML",
        code: .syntaxError)
    }
    func mapping(_ node: SyntaxNode) -> [SyntaxEntry]? {
      if case .mapping(let entries) = node.content { return entries }
      return nil
    }
    func value(_ entries: [SyntaxEntry], _ key: String) -> SyntaxNode? {
      entries.first { $0.key == key }?.value
    }
    func text(_ node: SyntaxNode?) -> String? {
      guard let node, case .scalar(let value, _) = node.content else { return nil }
      return value
    }
    guard let top = mapping(root), let releaseNode = value(top, "release"),
      let release = mapping(releaseNode)
    else {
      throw MOFFileError(
        file: file, line: root.line,
        message: "not a Model Openness Framework model file (no 'release' mapping)")
    }
    guard let name = text(value(release, "name")) else {
      throw MOFFileError(
        file: file, line: releaseNode.line, message: "'release' has no 'name'", code: .missingKey)
    }
    var licenses: [String: String] = [:]
    if let licenseNode = value(release, "license"), let entries = mapping(licenseNode) {
      for entry in entries {
        if let inner = mapping(entry.value), let id = text(value(inner, "name")) {
          licenses[entry.key] = id
        } else if let id = text(entry.value) {
          licenses[entry.key] = id
        }
      }
    }
    var components: [(String, String?)] = []
    var unknown: [(String, Int)] = []
    var problems: [(String, Int)] = []
    var seen: [String: Int] = [:]
    if let list = value(release, "components"), case .sequence(let items) = list.content {
      for item in items {
        guard let fields = mapping(item), let componentName = text(value(fields, "name")) else {
          problems.append(("a component without a name; left out", item.line))
          continue
        }
        if MOFComponent(rawValue: componentName) == nil {
          unknown.append((componentName, item.line))
        } else if let first = seen[componentName] {
          problems.append(
            (
              "'\(componentName)' is listed again (first at line \(first)); the last listing "
                + "counts, as in the Model Openness Tool", item.line
            ))
        }
        seen[componentName] = seen[componentName] ?? item.line
        components.append((componentName, text(value(fields, "license"))))
      }
    }
    return MOFRelease(
      name: name, version: text(value(release, "version")),
      producer: text(value(release, "producer")), origin: text(value(release, "origin")),
      repository: text(value(release, "repository")),
      huggingface: text(value(release, "huggingface")), licenses: licenses,
      components: components, unknownComponents: unknown, componentProblems: problems)
  }
}
