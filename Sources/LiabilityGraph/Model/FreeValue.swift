/// Free-form data kept from an `extra:` mapping, uninterpreted.
public indirect enum FreeValue: Sendable, Hashable {
  /// An empty value.
  case null
  /// A boolean.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A string: a quoted scalar, or one that is not a boolean or number.
  case string(String)
  /// A list, in file order.
  case list([FreeValue])
  /// A mapping, in file order.
  case map([Entry])

  /// One key and value of a ``FreeValue/map(_:)``.
  public struct Entry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: FreeValue

    /// Creates an entry.
    public init(key: String, value: FreeValue) {
      self.key = key
      self.value = value
    }
  }
}
