/// A trained model: a base model or one derived from others.
public struct Model: Sendable, Hashable {
  // The fields live in one shared, immutable box: the engine reads models
  // for every rule, and copying a model copies one reference.
  struct Fields: Sendable, Hashable {
    var id: String
    var name: String
    var developer: String
    var released: Day?
    var parameters: Double?
    var trainingComputeFLOP: Double?
    var trainingCostUSD: Double?
    var generalPurpose: Bool?
    var generates: [ContentKind]?
    var weights: WeightsAccess?
    var license: String?
    var monetized: Bool?
    var marking: [StatedMarking] = []
    var distributedBy: [Reference] = []
    var revision: String? = nil
    var hashes: [FileHash] = []
    var trainedOn: [Reference]
    var components: [Component]
    var derivedFrom: [LineageLink]
    var lineageStated: Bool = true
    var identified: Bool = true
    var description: String?
    var url: String?
    var fact: Fact
  }

  final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  private mutating func update(_ change: (inout Fields) -> Void) {
    var fields = box.fields
    change(&fields)
    box = Box(fields)
  }

  /// A model with these facts (lineage stated, identified; set
  /// ``lineageStated`` to false when its lineage is unknown).
  public init(
    id: String,
    name: String,
    developer: String,
    released: Day? = nil,
    parameters: Double? = nil,
    trainingComputeFLOP: Double? = nil,
    trainingCostUSD: Double? = nil,
    generalPurpose: Bool? = nil,
    generates: [ContentKind]? = nil,
    weights: WeightsAccess? = nil,
    license: String? = nil,
    monetized: Bool? = nil,
    trainedOn: [Reference] = [],
    components: [Component] = [],
    derivedFrom: [LineageLink] = [],
    description: String? = nil,
    url: String? = nil,
    fact: Fact
  ) {
    box = Box(
      Fields(
        id: id,
        name: name,
        developer: developer,
        released: released,
        parameters: parameters,
        trainingComputeFLOP: trainingComputeFLOP,
        trainingCostUSD: trainingCostUSD,
        generalPurpose: generalPurpose,
        generates: generates,
        weights: weights,
        license: license,
        monetized: monetized,
        trainedOn: trainedOn,
        components: components,
        derivedFrom: derivedFrom,
        description: description,
        url: url,
        fact: fact))
  }

  /// Whether two models have the same facts.
  public static func == (lhs: Model, rhs: Model) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  /// Hashes the model's facts.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(box.fields)
  }

  /// The model's id.
  public var id: String {
    get { box.fields.id }
    set { update { $0.id = newValue } }
  }
  /// Its name.
  public var name: String {
    get { box.fields.name }
    set { update { $0.name = newValue } }
  }
  /// The party that develops it.
  public var developer: String {
    get { box.fields.developer }
    set { update { $0.developer = newValue } }
  }
  /// When it was released.
  public var released: Day? {
    get { box.fields.released }
    set { update { $0.released = newValue } }
  }
  /// Number of parameters.
  public var parameters: Double? {
    get { box.fields.parameters }
    set { update { $0.parameters = newValue } }
  }
  /// Compute of its own training, in FLOP (for a derived model, the compute
  /// of the modification is on its lineage link).
  public var trainingComputeFLOP: Double? {
    get { box.fields.trainingComputeFLOP }
    set { update { $0.trainingComputeFLOP = newValue } }
  }
  /// Cost of its training in US dollars.
  public var trainingCostUSD: Double? {
    get { box.fields.trainingCostUSD }
    set { update { $0.trainingCostUSD = newValue } }
  }
  /// Whether it is a general-purpose model.
  public var generalPurpose: Bool? {
    get { box.fields.generalPurpose }
    set { update { $0.generalPurpose = newValue } }
  }
  /// The kinds of synthetic content it generates (text, image, audio,
  /// video); `nil` when the file does not say, so whether it is a
  /// generative model is unknown; `[]` when it generates none.
  public var generates: [ContentKind]? {
    get { box.fields.generates }
    set { update { $0.generates = newValue } }
  }
  /// How its weights can be obtained.
  public var weights: WeightsAccess? {
    get { box.fields.weights }
    set { update { $0.weights = newValue } }
  }
  /// Its license id.
  public var license: String? {
    get { box.fields.license }
    set { update { $0.license = newValue } }
  }
  /// Whether it is monetised (EU open-source exemption, PLD).
  public var monetized: Bool? {
    get { box.fields.monetized }
    set { update { $0.monetized = newValue } }
  }
  /// How it marks its output, as the file states it (``MarkingFact``); a
  /// fact not listed is unknown.
  public var marking: [StatedMarking] {
    get { box.fields.marking }
    set { update { $0.marking = newValue } }
  }
  /// Platforms that make its weights available for download (model hubs).
  public var distributedBy: [Reference] {
    get { box.fields.distributedBy }
    set { update { $0.distributedBy = newValue } }
  }
  /// Datasets it was trained on.
  public var trainedOn: [Reference] {
    get { box.fields.trainedOn }
    set { update { $0.trainedOn = newValue } }
  }
  /// Model Openness Framework components and their license ids.
  public var components: [Component] {
    get { box.fields.components }
    set { update { $0.components = newValue } }
  }
  /// The models it derives from.
  public var derivedFrom: [LineageLink] {
    get { box.fields.derivedFrom }
    set { update { $0.derivedFrom = newValue } }
  }
  /// Whether the file states the model's lineage (`derived_from`, even
  /// empty: `derived_from: []` says it was trained from scratch). When it
  /// does not, its developer's pre-trainer role is assumed, and said so.
  public var lineageStated: Bool {
    get { box.fields.lineageStated }
    set { update { $0.lineageStated = newValue } }
  }
  /// Whether the model is identified (`identified: false`: a model whose
  /// maker or name no source gives, described by what is known of it).
  public var identified: Bool {
    get { box.fields.identified }
    set { update { $0.identified = newValue } }
  }
  /// The revision of the model's files the facts are about: a commit id
  /// of its repository (a Hugging Face Hub commit), or a version.
  public var revision: String? {
    get { box.fields.revision }
    set { update { $0.revision = newValue } }
  }
  /// The SHA-256 digests of the model's files, which pin the artifact.
  public var hashes: [FileHash] {
    get { box.fields.hashes }
    set { update { $0.hashes = newValue } }
  }
  /// Free text.
  public var description: String? {
    get { box.fields.description }
    set { update { $0.description = newValue } }
  }
  /// A web address.
  public var url: String? {
    get { box.fields.url }
    set { update { $0.url = newValue } }
  }
  /// Validity, evidence and location.
  public var fact: Fact {
    get { box.fields.fact }
    set { update { $0.fact = newValue } }
  }

  /// One Model Openness Framework component and its license.
  public struct Component: Sendable, Hashable {
    /// The component.
    public var component: MOFComponent
    /// The license id it is released under.
    public var license: String
    /// Where it was written.
    public var location: SourceLocation

    /// A component released under a license.
    public init(
      component: MOFComponent,
      license: String,
      location: SourceLocation
    ) {
      self.component = component
      self.license = license
      self.location = location
    }
  }
}

/// The SHA-256 digest of one file of a model (a weights shard, a
/// configuration), which pins the artifact the facts are about.
public struct FileHash: Sendable, Hashable {
  /// The file's name in the model's repository, or nil for the artifact
  /// as a whole.
  public var file: String?
  /// The digest: 64 lower-case hexadecimal digits.
  public var sha256: String
  /// How the digest is known: `declared` by a card or BOM, or `verified`
  /// against the file.
  public var known: FactKnowledge?

  /// A file's digest.
  public init(file: String?, sha256: String, known: FactKnowledge? = nil) {
    self.file = file
    self.sha256 = sha256
    self.known = known
  }

  /// Whether `text` is a SHA-256 digest: 64 hexadecimal digits.
  public static func isSHA256(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy {
        ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70)
      }
  }
}

/// How a fact is known.
public enum FactKnowledge: String, Sendable, Hashable, CaseIterable {
  /// A card, a BOM or another document said so.
  case declared
  /// A tool guessed it (an assumed lineage relation).
  case inferred
  /// Checked against the artifact (a digest computed from the file).
  case verified
}

/// A derived model's link to one base model.
public struct LineageLink: Sendable, Hashable {
  /// The base model's id.
  public var base: String
  /// How the derived model relates to the base.
  public var relation: LineageRelation?
  /// Compute spent on the modification, in FLOP.
  public var computeFLOP: Double?
  /// Cost of the modification in US dollars.
  public var costUSD: Double?
  /// When the modification was made.
  public var date: Day?
  /// Validity, evidence and location.
  public var fact: Fact

  /// A link to one base model; a link without a relation is one whose kind is not stated.
  public init(
    base: String,
    relation: LineageRelation? = nil,
    computeFLOP: Double? = nil,
    costUSD: Double? = nil,
    date: Day? = nil,
    fact: Fact
  ) {
    self.base = base
    self.relation = relation
    self.computeFLOP = computeFLOP
    self.costUSD = costUSD
    self.date = date
    self.fact = fact
  }
}
