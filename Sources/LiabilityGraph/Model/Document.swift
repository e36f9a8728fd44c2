/// A whole `liability-graph/1` file, as read and checked.
public struct Document: Sendable, Hashable {
  /// The path it was read from.
  public var file: String
  /// Its title.
  public var title: String?
  /// Free text.
  public var description: String?
  /// The default evaluation date.
  public var asOf: Day?
  /// The parties.
  public var parties: [Party] = []
  /// The licenses the file defines or overrides (built-ins not included).
  public var licenses: [License] = []
  /// The datasets.
  public var datasets: [Dataset] = []
  /// The models.
  public var models: [Model] = []
  /// The services.
  public var services: [Service] = []
  /// The products.
  public var products: [Product] = []
  /// The disclosures.
  public var disclosures: [Disclosure] = []
  /// The contracts.
  public var contracts: [Contract] = []
  /// The incidents.
  public var incidents: [Incident] = []
  /// The sources.
  public var sources: [Source] = []
  /// Free-form data from the top-level `extra:`.
  public var extra: [FreeValue.Entry] = []

  /// Creates an empty document for `file`.
  public init(file: String) {
    self.file = file
  }
}
