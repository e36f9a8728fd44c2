extension BuiltinRegimes {
  /// EU Product Liability Directive (EU) 2024/2853: software as a product, the
  /// FOSS carve-out, component and substantial-modifier manufacturers, disclosure of evidence.
  static let euPLD = #"""
    format: liability-regime/1
    id: eu-pld
    title: EU Product Liability Directive
    version: Directive (EU) 2024/2853 (OJ L, 18.11.2024)
    kind: law
    jurisdictions: [EU]
    in_force: {from: 2026-12-10}
    scope: market
    url: https://eur-lex.europa.eu/eli/dir/2024/2853/oj
    description: >-
      No-fault liability for damage to natural persons caused by defective products. Art 2(1):
      applies only to products placed on the market or put into service after 9 December 2026
      (earlier products stay under Directive 85/374/EEC): the pack is in force from
      2026-12-10, and each rule exempts a subject the file shows as released on or before 9
      December 2026 (one whose release is not stated is reached). Software is a product
      (Art 4(1)), including AI systems and models, however supplied, including as a service
      (Rec 13). Art 2(2): free and open-source software developed or supplied outside the course of
      a commercial activity is out of scope (Rec 14: supply for a price, or use of personal data
      beyond security, compatibility or interoperability, is commercial); when such software is
      integrated into a product in the course of a commercial activity, the integrating
      manufacturer answers (Rec 15). Liable economic operators (Art 8): the manufacturer of the
      product, including for defective components integrated within its control; the
      manufacturer of a defective component; and anyone who substantially modifies a product
      outside the original manufacturer's control and makes it available. Art 9: a court may
      order a defendant to disclose relevant evidence at its disposal. Liability cannot be
      excluded or limited by contract (Art 15, secondary): contracts in the file do not change
      these results. A Directive: claims run under national transposing law. Scope `market`
      approximates "placed on the market or put into service in the Union". Not modelled: the
      importer and the manufacturer's authorised representative (Art 8(1)(c)), the fulfilment
      service provider (Art 8(1)(c)), and distributors and online platforms that answer when
      they cannot name an EU operator (Art 8(3), (4)); the vocabulary has no party roles for
      them. Art 9 is not in law.md: its rules are unverified.
    definitions:
      # The subject reaches at least one product that records its users: the closest fact to
      # "integrated into, or inter-connected with, a product" (Art 4(4)). A product that states
      # neither users nor risk areas is not seen.
      in-a-product:
        any:
          - users: [consumers, businesses, internal]
          - risk_areas: [biometrics, critical-infrastructure, education, employment,
              essential-services, financial-services, lending, insurance, healthcare, housing,
              legal-services, government-services, law-enforcement, migration, justice,
              democratic-processes]
      # Art 2(1): only products placed on the market after 9 December 2026. A subject
      # whose release the file does not state is not exempted.
      placed-before-the-directive:
        released: {lte: 2026-12-09}
      # Art 2(2): free and open-source software outside the course of a commercial activity.
      foss-non-commercial:
        # Free and open-source by the model's own facts, or by components reaching a Model
        # Openness Framework class under open licences; in both cases not monetised.
        any:
          - {open_source: true}
          - {mof_open_model: true}
        monetized: false
    roles:
      product-manufacturer:
        graph_roles: [product-vendor]
        description: >-
          Manufacturer of the product placed on the market (Art 8(1)(a)); answers also for
          defective components integrated into it within its control (Art 8(1) second
          subparagraph, Art 4(5))
      component-manufacturer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Manufacturer of a model (software, Art 4(1)) integrated into or inter-connected with a
          product as a component (Art 4(4), 8(1)(b))
      related-service-provider:
        graph_roles: [api-provider]
        description: >-
          Provider of a digital service integrated into or inter-connected with a product so that
          the product cannot perform a function without it: a "related service", itself a
          component (Art 4(3), 4(4))
      model-developer:
        graph_roles: [pre-trainer]
        description: Developer of a model from scratch, as a defendant holding its training evidence
      substantial-modifier:
        graph_roles: [modifier]
        description: >-
          Person who substantially modifies a product outside the original manufacturer's control
          and then makes it available: treated as a manufacturer (Art 8(2))
    rules:
      - id: eu-pld/8-1-a
        duty: answer-for-defective-product
        title: >-
          Answer without fault for damage caused by the defective product, including damage caused
          by a defective component integrated into it within the manufacturer's control
        role: product-manufacturer
        when: {subject_kind: [product]}
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
        needs:
          information: [intended-use, user-facing-claims, incident-details]
          control: [change-deployment-configuration]
        citation: Art. 8(1) first subpara. point (a) and second subpara.; Art. 4(1), 4(5); Rec 15
        answers_for_harm: [physical, personal-injury, death, psychological, property, data-loss]
        status: secondary
        note: >-
          law.md marks the second subparagraph (liability for components integrated within the
          manufacturer's control) verified and the list of liable operators secondary. The
          control is the ability to supply software updates, which keeps a product within the
          manufacturer's control (Art 4(5)(b)); change-deployment-configuration is the closest
          control in the vocabulary. No FOSS exemption is tested: the vocabulary has no
          licence or commercial-activity fact for a product, and Rec 15 puts the integrating
          manufacturer on the hook for FOSS it integrates commercially.
      - id: eu-pld/8-1-b
        duty: answer-for-defective-component
        title: Answer without fault for damage caused by a defective model integrated into a product
        role: component-manufacturer
        when: {subject_kind: [model], in-a-product: true}
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
          - when: {foss-non-commercial: true}
            because: >-
              Art 2(2) (verified): the Directive does not apply to free and open-source software
              developed or supplied outside the course of a commercial activity; Rec 14
              (verified): not monetised; Rec 15: the manufacturer that integrates it into a
              product commercially answers instead (that the FOSS developer is then not liable is
              unverified: law.md saw the recital truncated).
        needs:
          information: [capabilities-limitations, evaluations]
        citation: Art. 8(1) first subpara. point (b); Art. 4(1), 4(4); Art. 2(2)
        answers_for_harm: [physical, personal-injury, death, psychological, property, data-loss]
        status: secondary
        note: >-
          Secondary per law.md (CMS, Hogan Lovells). Approximations: "integrated into a product"
          is read as "reaches a product that states its users or risk areas"; the engine cannot
          require that this product (rather than any service or product the model reaches) is
          placed on the EU market. The exemption needs `monetized: false` stated: a model whose
          monetisation is unknown is not exempted. A modifier is tested here for its own model
          whatever the size of its change.
      - id: eu-pld/8-1-a-model
        duty: answer-for-defective-product
        title: Answer without fault for damage caused by a defective model placed on the market as a product in its own right
        role: model-developer
        when: {subject_kind: [model], monetized: true}
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
        needs:
          information: [capabilities-limitations, evaluations, intended-use]
        citation: Art. 8(1) first subpara. point (a); Art. 4(1); Rec 13, 14
        answers_for_harm: [physical, personal-injury, death, psychological, property, data-loss]
        status: secondary
        note: >-
          Software placed on the market as a standalone product, however supplied (download,
          network, software as a service: Rec 13), makes its developer the manufacturer of a
          product. "Placed on the market" means supplied in the course of a commercial activity;
          the vocabulary's closest fact is `monetized: true` (Rec 14: supply for a price), so a
          model made available commercially without being recorded as monetised is missed.
          Art 4(1) is verified; the list of liable operators in Art 8(1) is secondary (law.md).
      - id: eu-pld/8-1-b-related-service
        duty: answer-for-defective-component
        title: Answer without fault for damage caused by a defective related service integrated into a product
        role: related-service-provider
        when: {subject_kind: [service], in-a-product: true}
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
        needs:
          information: [deployment-configuration, usage-logs]
        citation: Art. 8(1) first subpara. point (b); Art. 4(3), 4(4); Rec 13
        answers_for_harm: [physical, personal-injury, death, psychological, property, data-loss]
        status: secondary
        note: >-
          The definitions of related service and component are verified (law.md); that an API
          serving a model to a product is such a related service, and its provider liable as a
          component manufacturer, is this pack's reading (secondary). The vocabulary cannot test
          that the product cannot perform a function without the service.
      - id: eu-pld/8-2
        duty: answer-as-manufacturer
        title: >-
          Answer as a manufacturer for a model one substantially modified outside the original
          manufacturer's control and made available
        role: substantial-modifier
        when:
          subject_kind: [model]
          # A change that can alter what the model does; a quantization or a format
          # conversion is not read as substantial.
          lineage_relation: [finetune, adapter, merge, distill, continued-pretraining]
          # Made available: in a product, or monetised.
          any:
            - in-a-product: true
            - monetized: true
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
          - when: {foss-non-commercial: true}
            because: >-
              Art 2(2) (verified): free and open-source software supplied outside the course of a
              commercial activity is out of scope, modified versions included (Rec 14).
        needs:
          information: [fine-tune-data, evaluations, capabilities-limitations]
        citation: Art. 8(2); Art. 4(5)
        answers_for_harm: [physical, personal-injury, death, psychological, property, data-loss]
        status: secondary
        note: >-
          law.md: Art 8(2) secondary, the recital test verified. Approximation: a modifier of
          another developer's model whose change can alter what it does (a fine-tune, adapter,
          merge, distillation or continued pre-training; not a quantization or conversion) and
          that makes it available (in a product, or monetised) is treated as modifying
          "outside the original manufacturer's control" and "substantially". The vocabulary has
          no fact for whether the change alters the model's intended functions, compliance or
          risk profile (the recital test), nor for whether the original manufacturer authorised
          the change (Art 4(5)(a)(ii)).
      - id: eu-pld/9-1-product
        duty: disclose-evidence
        title: On a court order, disclose the relevant evidence at its disposal about the product
        role: product-manufacturer
        when: {subject_kind: [product]}
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
        needs:
          information: [incident-details, usage-logs, intended-use, user-facing-claims]
        citation: Art. 9(1)
        status: unverified
        note: >-
          Art 9 is not in law.md; content from Freshfields and Hogan Lovells notes. Arises only
          in proceedings, at the request of a claimant who has presented facts and evidence
          sufficient to support the plausibility of the claim, and only for evidence necessary
          and proportionate; failure to disclose raises a presumption of defectiveness (Art 10).
          The vocabulary has no fact for a pending claim, so the duty is shown wherever the
          defendant could be sued.
      - id: eu-pld/9-1-model
        duty: disclose-evidence
        title: On a court order, disclose the relevant evidence at its disposal about the model
        role: model-developer
        when:
          subject_kind: [model]
          any:
            - in-a-product: true
            - monetized: true
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
          - when: {foss-non-commercial: true}
            because: "Art 2(2) (verified): out of scope, so not a defendant under the Directive."
        needs:
          information: [training-data, evaluations, capabilities-limitations]
        citation: Art. 9(1)
        status: unverified
        note: "As eu-pld/9-1-product; applies where the developer can be sued as manufacturer of the model (eu-pld/8-1-a-model) or of a component (eu-pld/8-1-b)."
      - id: eu-pld/9-1-modifier
        duty: disclose-evidence
        title: On a court order, disclose the relevant evidence at its disposal about the modification
        role: substantial-modifier
        when:
          subject_kind: [model]
          lineage_relation: [finetune, adapter, merge, distill, continued-pretraining]
          any:
            - in-a-product: true
            - monetized: true
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
          - when: {foss-non-commercial: true}
            because: "Art 2(2) (verified): out of scope, so not a defendant under the Directive."
        needs:
          information: [fine-tune-data, evaluations]
        citation: Art. 9(1)
        status: unverified
        note: >-
          As eu-pld/9-1-product; the modifier holds its own fine-tune data and evaluations, not
          the base model's training data.
      - id: eu-pld/9-1-service
        duty: disclose-evidence
        title: On a court order, disclose the relevant evidence at its disposal about the related service
        role: related-service-provider
        when: {subject_kind: [service], in-a-product: true}
        exempt:
          - when: {placed-before-the-directive: true}
            because: >-
              Art 2(1): the Directive covers only products placed on the market or put into
              service after 9 December 2026; earlier ones stay under Directive 85/374/EEC.
        needs:
          information: [usage-logs, deployment-configuration]
        citation: Art. 9(1)
        status: unverified
        note: "As eu-pld/9-1-product; applies where the provider is sued as component manufacturer."
    """#
}
