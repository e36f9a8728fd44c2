/// A trained model: a base model or one derived from others.
public struct Model: Sendable, Hashable {
  /// The model's id.
  public var id: String
  /// Its name.
  public var name: String
  /// The party that develops it.
  public var developer: String
  /// When it was released.
  public var released: Day?
  /// Number of parameters.
  public var parameters: Double?
  /// Compute of its own training, in FLOP (for a derived model, the compute
  /// of the modification is on its lineage link).
  public var trainingComputeFLOP: Double?
  /// Cost of its training in US dollars.
  public var trainingCostUSD: Double?
  /// Whether it is a general-purpose model.
  public var generalPurpose: Bool?
  /// How its weights can be obtained.
  public var weights: WeightsAccess?
  /// Its license id.
  public var license: String?
  /// Whether it is monetised (EU open-source exemption, PLD).
  public var monetized: Bool?
  /// Datasets it was trained on.
  public var trainedOn: [Reference]
  /// Model Openness Framework components and their license ids.
  public var components: [Component]
  /// The models it derives from.
  public var derivedFrom: [LineageLink]
  /// Whether the file states the model's lineage (`derived_from`, even
  /// empty: `derived_from: []` says it was trained from scratch). When it
  /// does not, its developer's pre-trainer role is assumed, and said so.
  public var lineageStated: Bool = true
  /// Whether the model is identified (`identified: false`: a model whose
  /// maker or name no source gives, described by what is known of it).
  public var identified: Bool = true
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// One Model Openness Framework component and its license.
  public struct Component: Sendable, Hashable {
    /// The component.
    public var component: MOFComponent
    /// The license id it is released under.
    public var license: String
    /// Where it was written.
    public var location: SourceLocation
  }
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
}
