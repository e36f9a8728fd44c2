import LiabilityGraph

/// The Model Openness Framework's license table, read from its data file
/// (`format: mof-licenses/1`): which licenses are OSI approved or FSF
/// libre, which content types each suits, and which are open data
/// licenses.
struct MOFLicenseTable: Sendable {
  var byID: [String: (osi: Bool, fsf: Bool, types: [String])] = [:]
  var openData: Set<String> = []
  /// What is wrong with the file, if anything (a test keeps it empty).
  var problems: [String] = []

  init(text: String) {
    guard case .success(let root) = YAMLReader(file: "mof-licenses.yaml").read(text),
      case .mapping(let top) = root.content
    else {
      problems.append("mof-licenses.yaml is not a YAML mapping")
      return
    }
    func scalars(_ node: SyntaxNode) -> [String]? {
      guard case .sequence(let items) = node.content else { return nil }
      var out: [String] = []
      for item in items {
        guard case .scalar(let value, _) = item.content else { return nil }
        out.append(value)
      }
      return out
    }
    for entry in top {
      switch entry.key {
      case "open_data":
        openData = Set(scalars(entry.value) ?? [])
      case "licenses":
        guard case .mapping(let rows) = entry.value.content else {
          problems.append("'licenses' is not a mapping")
          continue
        }
        for row in rows {
          guard case .sequence(let parts) = row.value.content, parts.count == 3,
            case .scalar(let osi, false) = parts[0].content,
            case .scalar(let fsf, false) = parts[1].content,
            let types = scalars(parts[2])
          else {
            problems.append("line \(row.keyLine): \(row.key) is not [osi, fsf, [types]]")
            continue
          }
          byID[row.key] = (osi == "true", fsf == "true", types)
        }
      default:
        continue
      }
    }
  }
}
