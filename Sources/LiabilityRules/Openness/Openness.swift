import LiabilityGraph

/// The Model Openness Framework's license knowledge: which licenses are
/// open (OSI approved, FSF libre, or an open-data license) and which
/// content types each suits.
public enum MOFLicenses {
  /// Licenses the framework treats as open data licenses.
  public static var openData: Set<String> { table.openData }

  /// The table, read once per process from `Openness/mof-licenses.yaml`
  /// (embedded in the binary; a test keeps it readable).
  static let table = MOFLicenseTable(
    text: EmbeddedData.files.first { $0.path == "Openness/mof-licenses.yaml" }?.text ?? "")

  static var byID: [String: (osi: Bool, fsf: Bool, types: [String])] { table.byID }

  /// Whether `id` (an exact SPDX id) is an open license in the framework's
  /// sense.
  public static func isOpen(_ id: String) -> Bool {
    if openData.contains(id) { return true }
    guard let entry = byID[id] else { return false }
    return entry.osi || entry.fsf
  }

  /// Whether `id` is listed for content of `type` (code, data, document).
  public static func suits(_ id: String, _ type: MOFComponentInfo.ContentType) -> Bool {
    byID[id]?.types.contains(type.rawValue) ?? false
  }
}

/// One of the framework's seventeen components.
public struct MOFComponentInfo: Sendable, Hashable {
  /// The kind of content a component is, for which licenses suit it.
  public enum ContentType: String, Sendable, Hashable {
    /// Source code.
    case code
    /// Data, model parameters included.
    case data
    /// Documents: cards, reports, papers, results and sample outputs.
    case document
  }
  /// The component.
  public var component: MOFComponent
  /// The kind of content it is.
  public var contentType: ContentType
  /// The most open class that needs it (1 needs everything 2 and 3 need).
  public var minimumClass: Int
  /// Whether a class that counts it requires it (optional ones never count).
  public var required: Bool

  /// The components, in the framework's order.
  public static let all: [MOFComponentInfo] = [
    .init(component: .datasets, contentType: .data, minimumClass: 1, required: true),
    .init(component: .dataPreprocessingCode, contentType: .code, minimumClass: 1, required: true),
    .init(component: .modelArchitecture, contentType: .code, minimumClass: 3, required: true),
    .init(component: .finalParameters, contentType: .data, minimumClass: 3, required: true),
    .init(component: .modelMetadata, contentType: .data, minimumClass: 1, required: false),
    .init(component: .intermediateParameters, contentType: .data, minimumClass: 1, required: true),
    .init(component: .trainingCode, contentType: .code, minimumClass: 2, required: true),
    .init(component: .inferenceCode, contentType: .code, minimumClass: 2, required: true),
    .init(component: .evaluationCode, contentType: .code, minimumClass: 2, required: true),
    .init(component: .evaluationData, contentType: .data, minimumClass: 2, required: true),
    .init(component: .evaluationResults, contentType: .document, minimumClass: 3, required: true),
    .init(component: .supportingLibraries, contentType: .code, minimumClass: 2, required: false),
    .init(component: .modelCard, contentType: .document, minimumClass: 3, required: true),
    .init(component: .dataCard, contentType: .document, minimumClass: 3, required: true),
    .init(component: .technicalReport, contentType: .document, minimumClass: 3, required: true),
    .init(component: .researchPaper, contentType: .document, minimumClass: 1, required: true),
    .init(component: .sampleOutputs, contentType: .document, minimumClass: 3, required: false),
  ]

  static func info(_ component: MOFComponent) -> MOFComponentInfo? {
    all.first { $0.component == component }
  }
}

/// A model's Model Openness Framework class, with its progress toward each
/// class and what stands in the way.
///
/// The rules are the Model Openness Tool's: a component counts for a class
/// when it is released under an open license (OSI approved, FSF libre, or an
/// open-data license); a component listed without a license takes the
/// release's license for its content type, else its distribution license;
/// a research paper stands in for a missing technical report; progress
/// toward a class is the share of the components it requires (those of the
/// less open classes included) that count, and is 0 while a less open class
/// is unmet; the class is the most open one at 100%.
///
/// ```swift
/// let result = Openness.classify(components: [.modelArchitecture: "Apache-2.0"])
/// print(result.mofClass, result.progress[3] ?? 0)
/// ```
public struct Openness: Sendable, Hashable {
  /// 1, 2 or 3 (Class I, II, III), or 0 for none.
  public var mofClass: Int
  /// Progress toward classes 1, 2 and 3, in percent (0 to 100).
  public var progress: [Int: Double]
  /// Per class: required components not released.
  public var missing: [Int: [MOFComponent]]
  /// Components released under a license that is not open, with it.
  public var notOpen: [(component: MOFComponent, license: String)]
  /// Components released without a license.
  public var unlicensed: [MOFComponent]
  /// Open licenses that are not meant for the component's kind of content
  /// (a warning only: the framework still counts them).
  public var notTypeAppropriate: [(component: MOFComponent, license: String)]

  public static func == (lhs: Openness, rhs: Openness) -> Bool {
    lhs.mofClass == rhs.mofClass && lhs.progress == rhs.progress
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(mofClass) }

  /// "Class III", or "no class".
  public var shortLabel: String {
    mofClass == 0 ? "no class" : "Class " + ["", "I", "II", "III"][mofClass]
  }

  /// The class's name as the framework writes it.
  public var label: String {
    switch mofClass {
    case 1: return "Class I - Open Science Model"
    case 2: return "Class II - Open Tooling Model"
    case 3: return "Class III - Open Model"
    default: return "Unclassified"
    }
  }

  /// Classifies a release: `components` maps each component the release
  /// lists to its license (nil: listed without one); `global` maps
  /// `distribution`, `code`, `data` and `document` to release-wide licenses.
  public static func classify(
    components: [MOFComponent: String?], global: [String: String] = [:]
  ) -> Openness {
    func license(_ info: MOFComponentInfo) -> String? {
      if let own = components[info.component], let own {
        return own.isEmpty || own == "0" ? nil : own
      }
      if let byType = global[info.contentType.rawValue], !byType.isEmpty { return byType }
      if let distribution = global["distribution"], !distribution.isEmpty { return distribution }
      return nil
    }
    enum Status { case included, notOpen, unlicensed }
    var status: [MOFComponent: Status] = [:]
    var result = Openness(
      mofClass: 0, progress: [:], missing: [:], notOpen: [], unlicensed: [],
      notTypeAppropriate: [])
    for info in MOFComponentInfo.all where components.keys.contains(info.component) {
      guard let id = license(info) else {
        status[info.component] = .unlicensed
        if info.required { result.unlicensed.append(info.component) }
        continue
      }
      if MOFLicenses.isOpen(id) {
        status[info.component] = .included
        if !MOFLicenses.suits(id, info.contentType) {
          result.notTypeAppropriate.append((info.component, id))
        }
      } else {
        status[info.component] = .notOpen
        if info.required { result.notOpen.append((info.component, id)) }
      }
    }
    // Required components per class, cumulative toward class 1.
    func required(_ mofClass: Int) -> [MOFComponent] {
      MOFComponentInfo.all.filter { $0.required && $0.minimumClass >= mofClass }.map(\.component)
    }
    // A research paper stands in for a missing technical report.
    let reportCounts = status[.technicalReport] == .included
    let paperStandsIn = !reportCounts && status[.researchPaper] != nil
    func counted(_ mofClass: Int) -> Int {
      var components = required(mofClass)
      if paperStandsIn && mofClass >= 2 { components.append(.researchPaper) }
      return components.filter { status[$0] == .included }.count
    }
    for mofClass in 1...3 {
      var missing = required(mofClass).filter { status[$0] == nil }
      if paperStandsIn { missing.removeAll { $0 == .technicalReport } }
      result.missing[mofClass] = missing
    }
    for mofClass in 1...3 {
      var total = 0
      var included = 0
      var stoppedAbove = false
      for level in stride(from: 3, through: mofClass, by: -1) {
        total = required(level).count
        included = counted(level)
        if included < total {
          stoppedAbove = level > mofClass
          break
        }
      }
      if stoppedAbove {
        result.progress[mofClass] = 0
        continue
      }
      if mofClass == 1 && !reportCounts && status[.researchPaper] == .included { total -= 1 }
      result.progress[mofClass] = min(100, Double(included) / Double(total) * 100)
    }
    result.mofClass = [3, 2, 1].last { result.progress[$0] == 100 } ?? 0
    return result
  }

  /// The openness of a model in a chain, from the components its file lists.
  public static func of(_ model: Model) -> Openness {
    var components: [MOFComponent: String?] = [:]
    for entry in model.components {
      components[entry.component] = .some(
        BuiltinLicenses.shared.canonicalID(for: entry.license) ?? entry.license)
    }
    return classify(components: components)
  }
}
