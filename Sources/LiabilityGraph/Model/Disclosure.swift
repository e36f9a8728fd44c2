/// Information one party passes to another, or to the public.
public struct Disclosure: Sendable, Hashable {
  /// The disclosure's id.
  public var id: String
  /// The party that discloses.
  public var from: String
  /// The receiving party's id, or `nil` for the public.
  public var to: String?
  /// The information passed.
  public var items: [InformationItem]
  /// The model, dataset, service or product it is about.
  public var subject: String?
  /// The document (e.g. "Llama 3.1 model card").
  public var document: String?
  /// When it was made.
  public var date: Day?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// Whether it is made to everyone.
  public var isPublic: Bool { to == nil }

  /// A disclosure from one party to another (`to: nil`: the public).
  public init(
    id: String,
    from: String,
    to: String?,
    items: [InformationItem],
    subject: String? = nil,
    document: String? = nil,
    date: Day? = nil,
    url: String? = nil,
    fact: Fact
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.items = items
    self.subject = subject
    self.document = document
    self.date = date
    self.url = url
    self.fact = fact
  }
}
