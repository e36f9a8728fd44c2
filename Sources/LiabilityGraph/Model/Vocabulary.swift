// The closed sets of DESIGN.md §2. The code names them exactly as files do.

/// What kind of organisation or person a party is.
public enum PartyKind: String, Sendable, Hashable, CaseIterable, Codable {
  case company, nonprofit, academic, government, individual, community
}

/// How a model's weights can be obtained.
public enum WeightsAccess: String, Sendable, Hashable, CaseIterable, Codable {
  /// Anyone may download them.
  case open
  /// Downloadable after accepting terms or an approval.
  case gated
  /// Not released.
  case closed
  /// Reachable only through a hosted API.
  case apiOnly = "api-only"

  /// Whether copies exist that the developer cannot recall.
  public var isReleased: Bool { self == .open || self == .gated }
}

/// How a derived model relates to its base (the union of Hugging Face's
/// `base_model_relation` values and distillation).
public enum LineageRelation: String, Sendable, Hashable, CaseIterable, Codable {
  case finetune, adapter, merge, quantize, distill
  case continuedPretraining = "continued-pretraining"
  /// A change of file format only.
  case convert

  /// The relation as a noun phrase: "a fine-tune", "a quantization".
  public var noun: String {
    switch self {
    case .finetune: return "a fine-tune"
    case .adapter: return "an adapter"
    case .merge: return "a merge"
    case .quantize: return "a quantization"
    case .distill: return "a distillation"
    case .continuedPretraining: return "a continued pre-training"
    case .convert: return "a format conversion"
    }
  }
}

/// A role a party plays in the supply chain. Roles are derived from the
/// graph, never typed in (a file may assert one and is warned when the graph
/// does not bear it out).
public enum Role: String, Sendable, Hashable, CaseIterable, Codable,
  Comparable
{
  case preTrainer = "pre-trainer"
  case modifier
  case host
  case apiProvider = "api-provider"
  case productVendor = "product-vendor"
  case deployer
  case datasetPublisher = "dataset-publisher"

  /// The role's place in the order above (the order of DESIGN.md's table).
  var rank: Int {
    switch self {
    case .preTrainer: return 0
    case .modifier: return 1
    case .host: return 2
    case .apiProvider: return 3
    case .productVendor: return 4
    case .deployer: return 5
    case .datasetPublisher: return 6
    }
  }

  public static func < (lhs: Role, rhs: Role) -> Bool {
    lhs.rank < rhs.rank
  }
}

/// A kind of information a duty may need.
public enum InformationItem: String, Sendable, Hashable, CaseIterable, Codable {
  case trainingData = "training-data"
  case trainingCompute = "training-compute"
  case modelArchitecture = "model-architecture"
  case weights
  case evaluations
  case capabilitiesLimitations = "capabilities-limitations"
  case safetyFramework = "safety-framework"
  case fineTuneData = "fine-tune-data"
  case deploymentConfiguration = "deployment-configuration"
  case usageLogs = "usage-logs"
  case customerIdentity = "customer-identity"
  case intendedUse = "intended-use"
  case userFacingClaims = "user-facing-claims"
  case incidentDetails = "incident-details"
}

/// Who a product is offered to.
public enum UserBase: String, Sendable, Hashable, CaseIterable, Codable {
  case consumers, businesses
  case `internal`
}

/// Areas where a use of AI is high-risk: EU AI Act Annex III and Colorado's
/// consequential decisions.
public enum RiskArea: String, Sendable, Hashable, CaseIterable, Codable {
  case biometrics
  case criticalInfrastructure = "critical-infrastructure"
  case education, employment
  case essentialServices = "essential-services"
  case financialServices = "financial-services"
  case lending, insurance, healthcare, housing
  case legalServices = "legal-services"
  case governmentServices = "government-services"
  case lawEnforcement = "law-enforcement"
  case migration, justice
  case democraticProcesses = "democratic-processes"
}

/// The Model Openness Framework's components.
public enum MOFComponent: String, Sendable, Hashable, CaseIterable, Codable {
  case datasets = "Datasets"
  case dataPreprocessingCode = "Data preprocessing code"
  case modelArchitecture = "Model architecture"
  case finalParameters = "Model parameters (Final)"
  case modelMetadata = "Model metadata"
  case intermediateParameters = "Model parameters (Intermediate)"
  case trainingCode = "Training code"
  case inferenceCode = "Inference code"
  case evaluationCode = "Evaluation code"
  case evaluationData = "Evaluation data"
  case evaluationResults = "Evaluation results"
  case supportingLibraries = "Supporting libraries and tools"
  case modelCard = "Model card"
  case dataCard = "Data card"
  case technicalReport = "Technical report"
  case researchPaper = "Research paper"
  case sampleOutputs = "Sample model outputs"
}

/// Kinds of synthetic content an AI system generates (EU AI Act Art 50(2)).
public enum ContentKind: String, Sendable, Hashable, CaseIterable, Codable {
  case text, image, audio, video
}

/// Functions of an AI system that carry transparency duties for those who
/// deploy it (EU AI Act Art 50(3) and (4)).
public enum SystemFunction: String, Sendable, Hashable, CaseIterable, Codable {
  /// Infers emotions or intentions from biometric data.
  case emotionRecognition = "emotion-recognition"
  /// Sorts people into categories from biometric data.
  case biometricCategorisation = "biometric-categorisation"
  /// Generates or manipulates image, audio or video resembling real people,
  /// places or events.
  case deepFakes = "deep-fakes"
  /// Generates or manipulates text published to inform the public on
  /// matters of public interest.
  case publicInterestText = "public-interest-text"
  /// Performs an assistive function for standard editing, or does not
  /// substantially alter the input (outside Art 50(2)).
  case assistiveEditing = "assistive-editing"
}

/// How a product changes an AI system that another party placed on the
/// market (EU AI Act Art 25(1)).
public enum SystemChangeKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Puts its own name or trademark on the system.
  case rebrand
  /// Modifies the system substantially.
  case substantialModification = "substantial-modification"
  /// Changes the system's intended purpose.
  case newPurpose = "new-purpose"
}
