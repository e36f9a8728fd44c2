/// Turns a ``SyntaxNode`` tree into a ``Document``, collecting every
/// problem as a ``Diagnostic`` instead of stopping at the first.
final class DocumentDecoder: SyntaxDecoder {
  /// Every id defined so far: its kind and where.
  var ids: [String: (kind: NodeKind, location: SourceLocation)] = [:]
  /// References to check once every id is known.
  var pending: [PendingReference] = []
  /// File-defined licenses by lower-cased id, for resolving license names.
  var fileLicenses: [String: String] = [:]
  let builtins: BuiltinLicenses?  // nil while reading the built-in table itself

  init(file: String, builtins: BuiltinLicenses?) {
    self.builtins = builtins
    super.init(file: file)
    acceptsUnknown = true
  }
}

/// A reference to check once every id is known.
struct PendingReference {
  var id: String
  var expected: [NodeKind]
  var location: SourceLocation
  /// What the reference is, e.g. "developer of model 'x'".
  var role: String
}
