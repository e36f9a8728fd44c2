/// Turns a ``SyntaxNode`` tree into a ``Document``, collecting every
/// problem as a ``Diagnostic`` instead of stopping at the first.
final class DocumentDecoder: SyntaxDecoder {
  /// Every id defined so far and its kind (the first definition's).
  var ids: [String: NodeKind] = [:]
  /// Where the file wrote each id and each reference, for the checks on
  /// the decoded document (``DocumentChecks``).
  var sites = WrittenSites(recorded: true)
  /// File-defined licenses by lower-cased id, for resolving license names.
  var fileLicenses: [String: String] = [:]
  let builtins: BuiltinLicenses?  // nil while reading the built-in table itself

  init(file: String, builtins: BuiltinLicenses?) {
    self.builtins = builtins
    super.init(file: file)
    acceptsUnknown = true
  }
}
