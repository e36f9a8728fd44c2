// The closed sets of DESIGN.md §2. The code names them exactly as files do.

/// What kind of organisation or person a party is.
public enum PartyKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// A business run for profit.
  case company
  /// A not-for-profit organisation.
  case nonprofit
  /// A university or research institute.
  case academic
  /// A government or public body.
  case government
  /// A single person.
  case individual
  /// An informal group or open community of contributors.
  case community
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
  /// The weights were trained further on task data (SFT, RLHF, DPO).
  case finetune
  /// A separate adapter (LoRA and the like) was trained on top.
  case adapter
  /// The weights were combined from several models; each base is a link.
  case merge
  /// The weights were reduced in precision (GGUF, GPTQ, AWQ).
  case quantize
  /// The model was trained on the base's outputs; the base is the teacher.
  case distill
  /// Pre-training went on from the base, usually on new data.
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

  /// The relation a Hugging Face card's `base_model_relation`, a lineage
  /// extract or an edge list writes, in any letter case: the Hub's own
  /// values (`finetune`, `adapter`, `merge`, `quantized`) and the other
  /// spellings lineage data uses (`fine-tune`, `lora`, `quantization`,
  /// `distillation`, `cpt`, ...). The one table every importer reads.
  public init?(hubSpelling text: String) {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "finetune", "fine-tune", "fine_tune", "finetuned": self = .finetune
    case "adapter", "adapters", "lora": self = .adapter
    case "merge", "merged", "merges": self = .merge
    case "quantize", "quantized", "quantization", "quantizations": self = .quantize
    case "distill", "distilled", "distillation": self = .distill
    case "convert", "converted": self = .convert
    case "continued-pretraining", "continued_pretraining", "cpt": self = .continuedPretraining
    default: return nil
    }
  }
}

extension LineageLink {
  /// How the link reads as a noun: "a fine-tune", or "a derivative (how it
  /// derives is not stated)" when the relation is unknown.
  public var noun: String {
    relation?.noun ?? "a derivative (how it derives is not stated)"
  }

  /// The relation's name, or `unknown`.
  public var relationName: String { relation?.rawValue ?? "unknown" }
}

/// A role a party plays in the supply chain. Roles are derived from the
/// graph, never typed in (a file may assert one and is warned when the graph
/// does not bear it out).
public enum Role: String, Sendable, Hashable, CaseIterable, Codable,
  Comparable
{
  /// Develops a model trained from scratch (or derived from its own model).
  case preTrainer = "pre-trainer"
  /// Develops a model derived from another party's model.
  case modifier
  /// Runs the hardware for a service.
  case host
  /// Makes a model's weights available for download (a model hub; a GenAI
  /// system hosting platform in California's sense).
  case hostingPlatform = "hosting-platform"
  /// Provides a service that serves models.
  case apiProvider = "api-provider"
  /// Offers a product.
  case productVendor = "product-vendor"
  /// Uses a service or product in its own operations.
  case deployer
  /// Publishes a dataset.
  case datasetPublisher = "dataset-publisher"

  /// The role's place in the order above (the order of DESIGN.md's table).
  var rank: Int {
    switch self {
    case .preTrainer: return 0
    case .modifier: return 1
    case .host: return 2
    case .hostingPlatform: return 3
    case .apiProvider: return 4
    case .productVendor: return 5
    case .deployer: return 6
    case .datasetPublisher: return 7
    }
  }

  public static func < (lhs: Role, rhs: Role) -> Bool {
    lhs.rank < rhs.rank
  }
}

/// A kind of information a duty may need.
public enum InformationItem: String, Sendable, Hashable, CaseIterable, Codable {
  /// The data a model was trained on.
  case trainingData = "training-data"
  /// The compute spent training a model.
  case trainingCompute = "training-compute"
  /// How a model is built.
  case modelArchitecture = "model-architecture"
  /// A model's weights.
  case weights
  /// The results of evaluating a model.
  case evaluations
  /// What a model can and cannot do.
  case capabilitiesLimitations = "capabilities-limitations"
  /// The developer's framework for managing a model's risks.
  case safetyFramework = "safety-framework"
  /// The data a model was fine-tuned on.
  case fineTuneData = "fine-tune-data"
  /// How a service or product is configured to run.
  case deploymentConfiguration = "deployment-configuration"
  /// Records of how a system is used.
  case usageLogs = "usage-logs"
  /// Who the customers of a service are.
  case customerIdentity = "customer-identity"
  /// What a model or system is meant to be used for.
  case intendedUse = "intended-use"
  /// What a product tells its users about itself.
  case userFacingClaims = "user-facing-claims"
  /// What happened in an incident.
  case incidentDetails = "incident-details"
}

/// Who a product is offered to.
public enum UserBase: String, Sendable, Hashable, CaseIterable, Codable {
  /// Members of the public.
  case consumers
  /// Other businesses.
  case businesses
  /// The vendor's own staff only (the vendor is then also its deployer).
  case `internal`
}

/// Areas where a use of AI is high-risk: EU AI Act Annex III and Colorado's
/// consequential decisions.
public enum RiskArea: String, Sendable, Hashable, CaseIterable, Codable {
  /// Biometric identification, categorisation or emotion recognition (wider
  /// than Annex III point 1).
  case biometrics
  /// Management and operation of critical infrastructure (wider than Annex
  /// III point 2).
  case criticalInfrastructure = "critical-infrastructure"
  /// Education and vocational training (Annex III point 3; Colorado).
  case education
  /// Employment and the management of workers (Annex III point 4; Colorado).
  case employment
  /// Access to essential private and public services (wider than Annex III
  /// point 5).
  case essentialServices = "essential-services"
  /// Financial services (Colorado only).
  case financialServices = "financial-services"
  /// Lending and creditworthiness (Annex III point 5(b); Colorado).
  case lending
  /// Insurance (Annex III point 5(c) covers life and health; Colorado).
  case insurance
  /// Health-care services (Colorado only).
  case healthcare
  /// Housing (Colorado only).
  case housing
  /// Legal services (Colorado only).
  case legalServices = "legal-services"
  /// Essential government services (Annex III point 5(a) covers public
  /// assistance benefits; Colorado).
  case governmentServices = "government-services"
  /// Law enforcement (Annex III point 6).
  case lawEnforcement = "law-enforcement"
  /// Migration, asylum and border control (Annex III point 7).
  case migration
  /// The administration of justice (Annex III point 8).
  case justice
  /// Elections and other democratic processes (Annex III point 8).
  case democraticProcesses = "democratic-processes"
}

/// The Model Openness Framework's components.
public enum MOFComponent: String, Sendable, Hashable, CaseIterable, Codable {
  /// The data the model was trained on.
  case datasets = "Datasets"
  /// The code that cleans and prepares the training data.
  case dataPreprocessingCode = "Data preprocessing code"
  /// The code that defines the model's structure.
  case modelArchitecture = "Model architecture"
  /// The trained model's weights.
  case finalParameters = "Model parameters (Final)"
  /// Metadata about the model, such as its configuration.
  case modelMetadata = "Model metadata"
  /// Checkpoints of the weights saved during training.
  case intermediateParameters = "Model parameters (Intermediate)"
  /// The code that trains the model.
  case trainingCode = "Training code"
  /// The code that runs the model.
  case inferenceCode = "Inference code"
  /// The code that evaluates the model.
  case evaluationCode = "Evaluation code"
  /// The data the model is evaluated on.
  case evaluationData = "Evaluation data"
  /// The results of the model's evaluations.
  case evaluationResults = "Evaluation results"
  /// Libraries and tools released to support the model.
  case supportingLibraries = "Supporting libraries and tools"
  /// A document describing the model, its uses and limitations.
  case modelCard = "Model card"
  /// A document describing the training data.
  case dataCard = "Data card"
  /// A report on how the model was built and evaluated.
  case technicalReport = "Technical report"
  /// A research paper about the model.
  case researchPaper = "Research paper"
  /// Examples of the model's outputs.
  case sampleOutputs = "Sample model outputs"
}

/// Kinds of synthetic content an AI system generates (EU AI Act Art 50(2)).
public enum ContentKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Generated text.
  case text
  /// Generated images.
  case image
  /// Generated audio.
  case audio
  /// Generated video.
  case video
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
  /// Generates child sexual abuse material (a prohibited practice under
  /// EU AI Act Art 5 as amended by Regulation (EU) 2026/1744).
  case csamGeneration = "csam-generation"
  /// Generates non-consensual intimate images of real people (likewise).
  case nciiGeneration = "ncii-generation"
  /// A companion chatbot: adaptive, human-like answers, able to meet a
  /// user's social needs across interactions (California SB 243).
  case companionChatbot = "companion-chatbot"
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

/// How a product runs a model it uses directly (not through a service).
public enum ModelHosting: String, Sendable, Hashable, CaseIterable, Codable {
  /// The product's vendor runs the model itself (on its own hardware or
  /// inside the product): it controls that copy.
  case selfHosted = "self-hosted"
}

/// The kinds of harm an incident may record and a rule may answer for: a
/// closed list, with common spellings as aliases.
public enum Harm: String, Sendable, Hashable, CaseIterable, Codable {
  /// Bodily injury.
  case physicalInjury = "physical-injury"
  /// A person's death.
  case death
  /// Psychological or emotional harm.
  case psychologicalHarm = "psychological-harm"
  /// Damage to property.
  case propertyDamage = "property-damage"
  /// Loss or corruption of data.
  case dataLoss = "data-loss"
  /// Pure financial or economic loss.
  case financialLoss = "financial-loss"
  /// Algorithmic or other unlawful discrimination.
  case discrimination
  /// False or fabricated information presented as true.
  case misinformation
  /// A false statement that damages someone's reputation.
  case defamation
  /// An intrusion on privacy or a breach of data-protection law.
  case privacy
  /// Infringement of copyright, trademark or other intellectual property.
  case ipInfringement = "ip-infringement"
  /// A harm none of the others names (no harm-limited rule answers for it).
  case other

  /// Other spellings of each harm, as users write them.
  public static let aliases: [String: Harm] = [
    "physical": .physicalInjury, "personal-injury": .physicalInjury,
    "bodily-injury": .physicalInjury, "injury": .physicalInjury,
    "physical-harm": .physicalInjury, "fatality": .death, "wrongful-death": .death,
    "psychological": .psychologicalHarm, "mental-harm": .psychologicalHarm,
    "emotional-distress": .psychologicalHarm, "property": .propertyDamage,
    "data-corruption": .dataLoss, "data-loss-or-corruption": .dataLoss,
    "financial": .financialLoss, "economic-loss": .financialLoss,
    "algorithmic-discrimination": .discrimination, "bias": .discrimination,
    "hallucination": .misinformation, "false-information": .misinformation,
    "libel": .defamation, "slander": .defamation, "privacy-violation": .privacy,
    "data-protection": .privacy, "copyright": .ipInfringement,
    "copyright-infringement": .ipInfringement, "intellectual-property": .ipInfringement,
    "trademark": .ipInfringement,
  ]

  /// The harm a word names: the list's own spelling or an alias, in any
  /// letter case, with spaces or hyphens (`personal injury`).
  public static func named(_ word: String) -> Harm? {
    let key = word.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" })
      .joined(separator: "-")
    return Harm(rawValue: key) ?? aliases[key]
  }
}

/// Circumstances of an incident that reporting rules turn on: which report
/// is owed, and how soon. An incident states each as true or false; one it
/// does not state is unknown, and a deadline that turns on it stays open.
public enum IncidentCircumstance: String, Sendable, Hashable, CaseIterable, Codable {
  /// A serious incident in the EU AI Act's sense (Art 3(49)): a death or
  /// serious harm to health, a serious and irreversible disruption of
  /// critical infrastructure, an infringement of fundamental-rights
  /// obligations, or serious harm to property or the environment.
  case seriousIncident = "serious-incident"
  /// A person died (true as well when the incident's harm is `death`).
  case death
  /// A serious and irreversible disruption of the management or operation
  /// of critical infrastructure (EU AI Act Art 3(49)(b)).
  case criticalInfrastructureDisruption = "critical-infrastructure-disruption"
  /// A widespread infringement (EU AI Act Art 3(61)): harm to the
  /// collective interests of people in several Member States.
  case widespreadInfringement = "widespread-infringement"
  /// A critical safety incident of a frontier model (California SB 53,
  /// New York RAISE): unauthorised access to its weights, harm from a
  /// catastrophic risk, loss of control, or deceptive evasion of the
  /// developer's controls.
  case criticalSafetyIncident = "critical-safety-incident"
  /// A safety incident in the sense of New York's RAISE Act as signed in
  /// 2025 (GBL §1420): a known incidence of critical harm, or an event
  /// that gives reasonable evidence of an increased risk of one.
  case safetyIncident = "safety-incident"
  /// The incident poses an imminent risk of death or serious physical
  /// injury (SB 53 §22757.13(c)(2), RAISE §1422(3)(b)).
  case imminentRiskOfDeathOrInjury = "imminent-risk-of-death-or-injury"
  /// A vulnerability in a product with digital elements that is actively
  /// exploited (Cyber Resilience Act Art 14(1)).
  case activelyExploitedVulnerability = "actively-exploited-vulnerability"
  /// A severe incident having an impact on the security of a product with
  /// digital elements (Cyber Resilience Act Art 14(3)).
  case severeSecurityIncident = "severe-security-incident"
}

/// What a model, service or product states about how it marks its output
/// as AI-generated, and whether the marking can be switched off: the facts
/// the provenance and labelling laws turn on (EU AI Act Art 50(2),
/// California's AI Transparency Act, Washington's HB 1170, China's
/// labelling measures). Each is stated true or false; one not stated is
/// unknown.
public enum MarkingFact: String, Sendable, Hashable, CaseIterable, Codable {
  /// A visible label on the output (a manifest disclosure, an explicit
  /// label).
  case visibleLabel = "visible-label"
  /// A latent disclosure: provenance data in the output or its metadata (an
  /// implicit label).
  case latentDisclosure = "latent-disclosure"
  /// A watermark woven into the content itself.
  case watermark
  /// A tool the public can use to detect the marking.
  case detectionTool = "detection-tool"
  /// The marking follows the C2PA content-credentials standard.
  case c2pa
  /// A licensee or user can switch the marking off.
  case canBeDisabled = "can-be-disabled"
  /// The licence forbids removing or disabling the marking.
  case licenseForbidsRemoval = "license-forbids-removal"
}

/// One marking fact stated true or false.
public struct StatedMarking: Sendable, Hashable {
  /// The fact.
  public var fact: MarkingFact
  /// Whether it holds.
  public var holds: Bool
  /// The fact, stated as holding or not.
  public init(_ fact: MarkingFact, _ holds: Bool) {
    self.fact = fact
    self.holds = holds
  }
}

extension Array where Element == StatedMarking {
  /// What the file states of this marking fact: nil when it does not.
  public func stated(_ fact: MarkingFact) -> Bool? {
    first { $0.fact == fact }?.holds
  }
}
