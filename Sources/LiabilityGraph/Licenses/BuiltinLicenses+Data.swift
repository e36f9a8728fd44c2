// Facts about licenses the loader knows without being told. Each entry is a
// `liability-graph/1` fragment; its sources are listed at the end.
//
// osi_approved for SPDX ids follows the isOsiApproved flags of the SPDX list
// (as packaged by the Model Openness Tool). revocable means the licensor may
// withdraw the grant at will, not merely terminate it for breach. Where a text
// could not be checked, the cautious value is set and the description says so.

extension BuiltinLicenses {
  /// The built-in license table, as a `liability-graph/1` document.
  static let yaml = #"""
    format: liability-graph/1
    title: Built-in licenses
    description: >-
      Facts about common SPDX licenses and well-known model licenses. revocable means the
      licensor may withdraw the grant at will, not merely terminate it for breach;
      use_restrictions means fields of use are limited or an acceptable-use policy applies.
      Where a text could not be checked the cautious value is set and the description says
      "unverified". A file may override any entry by id.
    licenses:
      # Permissive software licenses
      - id: Apache-2.0
        name: Apache License 2.0
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/Apache-2.0.html
        description: >-
          Permissive. s.2 grants a "perpetual, worldwide, non-exclusive, no-charge,
          royalty-free, irrevocable" copyright license; only the patent license ends, and only
          for a licensee who starts patent litigation over the work (s.3).
        sources:
          - spdx-list
          - osi-list
          - src-apache-2.0
      - id: MIT
        name: MIT License
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/MIT.html
        description: >-
          Permissive; the only condition is keeping the notice. The text says nothing about
          revocation or termination and reserves no power to withdraw, so it is treated as not
          revocable at will, as is usual for permissive licenses.
        sources:
          - spdx-list
          - osi-list
          - src-mit
      - id: BSD-2-Clause
        name: 'BSD 2-Clause "Simplified" License'
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/BSD-2-Clause.html
        description: >-
          Permissive; conditions are keeping the notice in source and binary copies. The text
          is silent on revocation and reserves no power to withdraw (treated as not revocable).
        sources:
          - spdx-list
          - osi-list
          - src-bsd-2-clause
      - id: BSD-3-Clause
        name: 'BSD 3-Clause "New" or "Revised" License'
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/BSD-3-Clause.html
        description: >-
          Permissive; as BSD-2-Clause plus a ban on using contributors' names to endorse
          derived products. Silent on revocation (treated as not revocable).
        sources:
          - spdx-list
          - osi-list
          - src-bsd-3-clause
      - id: Unlicense
        name: The Unlicense
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/Unlicense.html
        description: >-
          Public-domain dedication, stated as "an overt act of relinquishment in perpetuity",
          with a permissive fallback grant. OSI-approved per the SPDX list.
        sources:
          - spdx-list
          - osi-list
          - src-unlicense
      # Copyleft software licenses
      - id: GPL-2.0-only
        name: GNU General Public License v2.0 only
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/GPL-2.0-only.html
        description: >-
          Strong copyleft. Rights end automatically only on violation (s.4), and those who got
          copies from the violator keep theirs; the text reserves no power to withdraw at will.
        sources:
          - spdx-list
          - osi-list
          - src-gpl-2.0
      - id: GPL-3.0-only
        name: GNU General Public License v3.0 only
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/GPL-3.0-only.html
        description: >-
          Strong copyleft. s.2: rights "are irrevocable provided the stated conditions are
          met"; they end only on violation and are reinstated when it is cured (s.8).
        sources:
          - spdx-list
          - osi-list
          - src-gpl-3.0
      - id: GPL-3.0-or-later
        name: GNU General Public License v3.0 or later
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/GPL-3.0-or-later.html
        description: >-
          GPL-3.0 terms, or any later FSF version at the licensee's option. s.2: rights "are
          irrevocable provided the stated conditions are met"; termination only on violation.
        sources:
          - spdx-list
          - osi-list
          - src-gpl-3.0
      - id: LGPL-3.0-only
        name: GNU Lesser General Public License v3.0 only
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/LGPL-3.0-only.html
        description: >-
          Weak copyleft: GPL-3.0 plus extra permissions for works that use the library, so it
          inherits GPL-3.0's irrevocable grant (s.2) and breach-only termination (s.8).
        sources:
          - spdx-list
          - osi-list
          - src-lgpl-3.0
      - id: AGPL-3.0-only
        name: GNU Affero General Public License v3.0 only
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/AGPL-3.0-only.html
        description: >-
          Network copyleft: GPL-3.0 terms plus s.13, which obliges anyone running a modified
          version for users over a network to offer them its source. Same irrevocable grant.
        sources:
          - spdx-list
          - osi-list
          - src-agpl-3.0
      - id: MPL-2.0
        name: Mozilla Public License 2.0
        osi_approved: true
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/MPL-2.0.html
        description: >-
          File-level copyleft. Rights end automatically only on non-compliance and are
          reinstated once it is cured (s.5.1); no power to withdraw at will.
        sources:
          - spdx-list
          - osi-list
          - src-mpl-2.0
      # Content and data licenses (not OSI licenses: OSI approves software licenses)
      - id: CC0-1.0
        name: Creative Commons Zero v1.0 Universal
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/CC0-1.0.html
        description: >-
          Public-domain dedication: rights are waived "irrevocably", with an irrevocable
          fallback license where the waiver fails. Not OSI-approved (SPDX list) though FSF-free;
          an open content and data license, on the Model Openness Framework open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-cc0-1.0
      - id: CC-BY-4.0
        name: Creative Commons Attribution 4.0 International
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/CC-BY-4.0.html
        description: >-
          Attribution only. s.2(a)(1) grants an "irrevocable" license; rights end only on
          failure to comply and return automatically if that is cured within 30 days (s.6).
          Not an OSI license; an open content and data license, on the MOF open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-cc-by-4.0
      - id: CC-BY-SA-4.0
        name: Creative Commons Attribution Share Alike 4.0 International
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/CC-BY-SA-4.0.html
        description: >-
          Attribution and ShareAlike: adaptations must be shared under the same or a compatible
          license. Irrevocable grant (s.2(a)(1)). Not an OSI license; an open content and data
          license, on the MOF open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-cc-by-sa-4.0
      - id: CC-BY-NC-4.0
        name: Creative Commons Attribution Non Commercial 4.0 International
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://spdx.org/licenses/CC-BY-NC-4.0.html
        description: >-
          NonCommercial: use only for purposes not primarily intended for commercial advantage
          or monetary compensation, a field-of-use restriction. Irrevocable grant (s.2(a)(1)).
          Not OSI-approved, and the SPDX list marks it not FSF-free.
        sources:
          - spdx-list
          - src-cc-by-nc-4.0
      - id: CC-BY-NC-SA-4.0
        name: Creative Commons Attribution Non Commercial Share Alike 4.0 International
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://spdx.org/licenses/CC-BY-NC-SA-4.0.html
        description: >-
          NonCommercial and ShareAlike: non-commercial use only (a field-of-use restriction),
          and adaptations must keep the same license. Irrevocable grant (s.2(a)(1)). Not
          OSI-approved.
        sources:
          - spdx-list
          - src-cc-by-nc-sa-4.0
      - id: CC-BY-ND-4.0
        name: Creative Commons Attribution No Derivatives 4.0 International
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/CC-BY-ND-4.0.html
        description: >-
          NoDerivatives: adapted material may be made but not shared (s.2(a)(1)(B)). That
          limits modification, not fields of use, so use_restrictions is false. Irrevocable
          grant. Not OSI-approved, and the SPDX list marks it not FSF-free.
        sources:
          - spdx-list
          - src-cc-by-nd-4.0
      - id: ODC-By-1.0
        name: Open Data Commons Attribution License v1.0
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/ODC-By-1.0.html
        description: >-
          Attribution license for databases. s.3.1 grants a license "terminable (but only
          under Section 9)" that does "not exclude any field of endeavour". Not an OSI license;
          an open data license, on the MOF open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-odc-by-1.0
      - id: ODbL-1.0
        name: Open Data Commons Open Database License v1.0
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/ODbL-1.0.html
        description: >-
          Share-alike license for databases. s.3.1 grants a license "terminable (but only
          under Section 9)" that does "not exclude any field of endeavour". Not an OSI license;
          an open data license, on the MOF open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-odbl-1.0
      - id: CDLA-Permissive-2.0
        name: Community Data License Agreement Permissive 2.0
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/CDLA-Permissive-2.0.html
        description: >-
          Permissive data license: data may be used, modified and shared if the agreement's
          text goes with it; no restriction on Results such as trained models. Silent on
          revocation, with no power to withdraw. Not an OSI license; an open data license, on
          the MOF open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-cdla-permissive-2.0
      - id: CDLA-Sharing-1.0
        name: Community Data License Agreement Sharing 1.0
        osi_approved: false
        revocable: false
        use_restrictions: false
        url: https://spdx.org/licenses/CDLA-Sharing-1.0.html
        description: >-
          Share-alike data license. s.2.1 grants a right "irrevocable (except as provided in
          Section 5)"; it imposes no obligations on Results. Not an OSI license; an open data
          license, on the MOF open-data list.
        sources:
          - spdx-list
          - mof-licenses
          - src-cdla-sharing-1.0
      # Meta Llama licenses
      - id: llama-2-community
        name: Llama 2 Community License Agreement
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://ai.meta.com/llama/license/
        description: >-
          700 million monthly active users clause (s.2); Acceptable Use Policy; no using Llama
          materials or outputs to improve any other large language model (s.1.b.v). Meta may
          terminate only for breach (s.6), so the grant is not revocable at will.
        sources:
          - src-llama-2
      - id: llama-3-community
        name: Meta Llama 3 Community License
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://github.com/meta-llama/llama3/blob/main/LICENSE
        description: >-
          700 million monthly active users clause (s.2); Acceptable Use Policy; "Built with
          Meta Llama 3" and a "Llama 3" name prefix for derived models; still bans using it to
          improve other large language models (s.1.b.v). Termination only for breach (s.6).
        sources:
          - src-llama-3
      - id: llama-3.1-community
        name: Llama 3.1 Community License Agreement
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE
        description: >-
          700 million monthly active users clause (s.2); Acceptable Use Policy; "Built with
          Llama", and models trained on its outputs must start their name with "Llama" (the
          ban on improving other models is gone). Termination only for breach (s.6).
        sources:
          - src-llama-3.1
      - id: llama-3.2-community
        name: Llama 3.2 Community License Agreement
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE
        description: >-
          As Llama 3.1 (700 million monthly active users clause; Acceptable Use Policy), and the
          3.2 policy withholds the grant for its multimodal models from EU-domiciled people and
          EU-based companies, except end users of products. Termination only for breach (s.6).
        sources:
          - src-llama-3.2
          - src-llama-3.2-aup
      - id: llama-3.3-community
        name: Llama 3.3 Community License Agreement
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE
        description: >-
          700 million monthly active users clause (s.2); Acceptable Use Policy; "Built with
          Llama" and a "Llama" name prefix for models trained on it. Termination only for
          breach (s.6), so not revocable at will.
        sources:
          - src-llama-3.3
      # Google
      - id: gemma-terms
        name: Gemma Terms of Use
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://ai.google.dev/gemma/terms
        description: >-
          Prohibited Use Policy, which must be passed on to every recipient (s.3.1-3.2). Google
          may restrict "remotely or otherwise" only usage it reasonably believes violates the
          terms (s.3.2) and may terminate only for breach (s.4.5), so it is not revocable at
          will; it may also update the policy, narrowing permitted uses later, which is counted
          under use_restrictions. The 2026 terms leave Gemma 4 to Apache-2.0.
        sources:
          - src-gemma-terms
          - src-gemma-policy
      # Responsible AI licenses (RAIL)
      - id: openrail
        name: OpenRAIL license family
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://www.licenses.ai/blog/2022/8/18/naming-convention-of-responsible-ai-licenses
        description: >-
          A family tag (Hugging Face "openrail"), not one text: free access, reuse and
          redistribution, commercial use included, but with use restrictions that bind every
          derivative. Every member read here grants a perpetual, irrevocable copyright license;
          check the actual text and override where it differs.
        sources:
          - src-rail-naming
          - src-rail-faq
          - hf-hub-licenses
          - open-future-rail-variants
      - id: openrail-m
        name: Open RAIL-M License (AI Pubs Open RAIL-M v0.1)
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://www.licenses.ai/ai-licenses
        description: >-
          The RAIL Initiative's generic model license: perpetual, irrevocable copyright grant
          (s.2); Attachment A bans uses such as discrimination, undisclosed machine-generated
          content and fully automated decisions that harm legal rights, and binds derivatives;
          the licensor may restrict usage that violates the license (s.7).
        sources:
          - src-openrail-m
      - id: bigscience-openrail-m
        name: BigScience Open RAIL-M License
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://huggingface.co/Supertone/supertonic-2/blob/main/LICENSE
        description: >-
          Perpetual, irrevocable copyright grant (s.2); Attachment A use-based restrictions that
          must be written into any downstream license (s.4-5); the licensor may restrict
          (remotely or otherwise) usage in violation (s.7). Only the patent license can end,
          for a licensee who starts patent litigation (s.3).
        sources:
          - src-bigscience-openrail-m
          - open-future-rail-variants
      - id: creativeml-openrail-m
        name: CreativeML Open RAIL-M
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://huggingface.co/spaces/CompVis/stable-diffusion-license
        description: >-
          The Stable Diffusion 1.x license: BigScience Open RAIL-M with two Attachment A
          restrictions dropped. Perpetual, irrevocable copyright grant (s.2); use-based
          restrictions bind derivatives; the licensor may restrict usage in violation (s.7).
        sources:
          - src-creativeml-openrail-m
          - open-future-rail-variants
      - id: bigscience-bloom-rail-1.0
        name: BigScience RAIL License v1.0
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://huggingface.co/spaces/bigscience/license
        description: >-
          The BLOOM license (2022-05-19) with Attachment A use restrictions that bind
          derivatives. Taken as granting a perpetual, irrevocable license like its OpenRAIL-M
          successors, which per the Open Future comparison differ from it only in wording; the
          BLOOM grant clause itself was not read here.
        sources:
          - src-bloom-rail-1.0
          - open-future-rail-variants
      # Other vendors' model licenses
      - id: qwen-license
        name: Tongyi Qianwen License Agreement
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT
        description: >-
          Commercial use by products with more than 100 million monthly active users needs a
          separate license (s.4); no using the materials or outputs to improve other large
          language models (s.5.b). Alibaba Cloud may terminate only for breach (s.8.b).
        sources:
          - src-qwen
      - id: deepseek-license
        name: DeepSeek License Agreement
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://github.com/deepseek-ai/DeepSeek-Coder/blob/main/LICENSE-MODEL
        description: >-
          Version 1.0, a RAIL-style license: perpetual, irrevocable copyright grant (s.2);
          Attachment A use restrictions, including any military use, that bind derivatives;
          DeepSeek may restrict usage in violation (s.7). PRC law.
        sources:
          - src-deepseek
      - id: falcon-180b-tii-license
        name: Falcon 180B TII License Version 1.0
        osi_approved: false
        revocable: true
        use_restrictions: true
        url: https://huggingface.co/tiiuae/falcon-180B
        description: >-
          Apache-2.0-based, plus an Acceptable Use Policy that TII may update at any time
          (s.5.3); hosted services may need a separate license. Because the policy can change
          without notice and the grant and termination wording was not read here, revocable is
          set to the cautious value (unverified).
        sources:
          - src-falcon-180b
          - src-falcon-180b-discussion
      - id: mistral-research-license
        name: Mistral AI Research License (MRL)
        osi_approved: false
        revocable: false
        use_restrictions: true
        url: https://mistral.ai/licenses/MRL-0.1.md
        description: >-
          Use only for Research Purposes: personal, scientific or academic, non-commercial,
          and not connected to any business (s.3.2); no distribution by a commercial entity.
          Mistral AI may terminate only for breach (s.7.2).
        sources:
          - src-mrl
      - id: nvidia-open-model-license
        name: NVIDIA Open Model License Agreement
        osi_approved: false
        revocable: true
        use_restrictions: true
        url: https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/
        description: >-
          Commercial use allowed, but use must follow NVIDIA's Trustworthy AI terms (s.2.3).
          The grant is "revocable (as stated in Section 2.1)": rights end automatically if
          guardrails are bypassed, and NVIDIA may update the agreement at any time for legal or
          regulatory reasons, leaving licensees to comply or stop.
        sources:
          - src-nvidia-oml
      # Placeholders
      - id: proprietary
        name: Proprietary terms
        osi_approved: false
        revocable: true
        use_restrictions: true
        description: >-
          A vendor's own closed terms. The values are typical (the vendor may withdraw access
          and limits uses), not read from any text; override them per file with the real terms.
      - id: unknown
        name: Unknown license
        osi_approved: false
        revocable: true
        use_restrictions: true
        description: >-
          No license identified. Every value is the cautious assumption, not a fact: treat the
          grant as withdrawable and use as restricted until the real license is recorded.
    sources:
      # Shared lists
      - id: spdx-list
        title: SPDX License List
        url: https://spdx.org/licenses/
        retrieved: 2026-11-29
        publisher: SPDX
        description: >-
          Read as the licenses.json copy in the Model Openness Tool data (list version d8abdb0,
          released 2024-05-21); its isOsiApproved flags give osi_approved for SPDX ids.
      - id: osi-list
        title: OSI Approved Licenses
        url: https://opensource.org/licenses
        retrieved: 2026-11-29
        publisher: Open Source Initiative
        description: >-
          Not fetched directly; OSI approval was taken from the SPDX list's flags.
      - id: mof-licenses
        title: Model Openness Tool license data and open-data list
        url: https://github.com/lfai/model_openness_tool
        retrieved: 2026-11-29
        publisher: LF AI & Data
        description: >-
          MIT-licensed. licenses.json and mof-licenses.json carry SPDX OSI and FSF flags; the
          evaluator counts CC0, CC-BY, CC-BY-SA, CDLA, ODC and ODbL licenses as open data
          licenses.
      - id: hf-hub-licenses
        title: 'Hugging Face Hub documentation: Licenses'
        url: https://huggingface.co/docs/hub/repositories-licenses
        retrieved: 2026-11-29
        publisher: Hugging Face
        description: >-
          Lists the Hub license tags, including "openrail" (OpenRAIL license family),
          bigscience-openrail-m, creativeml-openrail-m and bigscience-bloom-rail-1.0.
      - id: open-future-rail-variants
        title: Open RAIL-M license variations
        url: https://github.com/Open-Future-Foundation/AI-model-licensing
        retrieved: 2026-11-29
        publisher: Open Future Foundation
        description: >-
          The file open-rail-m-license-variants.md compares BigScience RAIL v1.0, BigScience
          Open RAIL-M, CreativeML Open RAIL-M and OpenRAIL++-M and lists how they differ.
      # Software license texts
      - id: src-apache-2.0
        title: Apache License, Version 2.0
        url: https://www.apache.org/licenses/LICENSE-2.0
        retrieved: 2026-11-29
        publisher: Apache Software Foundation
      - id: src-mit
        title: The MIT License
        url: https://opensource.org/license/mit/
        retrieved: 2026-11-29
        publisher: Open Source Initiative
      - id: src-bsd-2-clause
        title: The 2-Clause BSD License
        url: https://opensource.org/licenses/BSD-2-Clause
        retrieved: 2026-11-29
        publisher: Open Source Initiative
      - id: src-bsd-3-clause
        title: The 3-Clause BSD License
        url: https://opensource.org/licenses/BSD-3-Clause
        retrieved: 2026-11-29
        publisher: Open Source Initiative
      - id: src-unlicense
        title: The Unlicense
        url: https://unlicense.org/
        retrieved: 2026-11-29
      - id: src-gpl-2.0
        title: GNU General Public License, version 2
        url: https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html
        retrieved: 2026-11-29
        publisher: Free Software Foundation
      - id: src-gpl-3.0
        title: GNU General Public License, version 3
        url: https://www.gnu.org/licenses/gpl-3.0-standalone.html
        retrieved: 2026-11-29
        publisher: Free Software Foundation
      - id: src-lgpl-3.0
        title: GNU Lesser General Public License, version 3
        url: https://www.gnu.org/licenses/lgpl-3.0-standalone.html
        retrieved: 2026-11-29
        publisher: Free Software Foundation
      - id: src-agpl-3.0
        title: GNU Affero General Public License, version 3
        url: https://www.gnu.org/licenses/agpl.txt
        retrieved: 2026-11-29
        publisher: Free Software Foundation
      - id: src-mpl-2.0
        title: Mozilla Public License, version 2.0
        url: https://www.mozilla.org/MPL/2.0/
        retrieved: 2026-11-29
        publisher: Mozilla Foundation
      # Content and data license texts
      - id: src-cc0-1.0
        title: CC0 1.0 Universal legal code
        url: https://creativecommons.org/publicdomain/zero/1.0/legalcode
        retrieved: 2026-11-29
        publisher: Creative Commons
      - id: src-cc-by-4.0
        title: Attribution 4.0 International legal code
        url: https://creativecommons.org/licenses/by/4.0/legalcode
        retrieved: 2026-11-29
        publisher: Creative Commons
      - id: src-cc-by-sa-4.0
        title: Attribution-ShareAlike 4.0 International legal code
        url: https://creativecommons.org/licenses/by-sa/4.0/legalcode
        retrieved: 2026-11-29
        publisher: Creative Commons
      - id: src-cc-by-nc-4.0
        title: Attribution-NonCommercial 4.0 International legal code
        url: https://creativecommons.org/licenses/by-nc/4.0/legalcode
        retrieved: 2026-11-29
        publisher: Creative Commons
      - id: src-cc-by-nc-sa-4.0
        title: Attribution-NonCommercial-ShareAlike 4.0 International legal code
        url: https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode
        retrieved: 2026-11-29
        publisher: Creative Commons
      - id: src-cc-by-nd-4.0
        title: Attribution-NoDerivatives 4.0 International legal code
        url: https://creativecommons.org/licenses/by-nd/4.0/legalcode
        retrieved: 2026-11-29
        publisher: Creative Commons
      - id: src-odc-by-1.0
        title: Open Data Commons Attribution License (ODC-By) v1.0
        url: https://opendatacommons.org/licenses/by/1-0/
        retrieved: 2026-11-29
        publisher: Open Knowledge Foundation
      - id: src-odbl-1.0
        title: Open Data Commons Open Database License (ODbL) v1.0
        url: https://opendatacommons.org/licenses/odbl/1-0/
        retrieved: 2026-11-29
        publisher: Open Knowledge Foundation
      - id: src-cdla-permissive-2.0
        title: Community Data License Agreement - Permissive, Version 2.0
        url: https://cdla.dev/permissive-2-0/
        retrieved: 2026-11-29
        publisher: Linux Foundation
      - id: src-cdla-sharing-1.0
        title: Community Data License Agreement - Sharing, Version 1.0
        url: https://cdla.io/sharing-1-0
        retrieved: 2026-11-29
        publisher: Linux Foundation
      # Model license texts
      - id: src-llama-2
        title: Llama 2 Community License Agreement (2023-07-18)
        url: https://ai.meta.com/llama/license/
        retrieved: 2026-11-29
        publisher: Meta
      - id: src-llama-3
        title: Meta Llama 3 Community License Agreement (2024-04-18)
        url: https://github.com/meta-llama/llama3/blob/main/LICENSE
        retrieved: 2026-11-29
        publisher: Meta
      - id: src-llama-3.1
        title: Llama 3.1 Community License Agreement (2024-07-23)
        url: https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE
        retrieved: 2026-11-29
        publisher: Meta
      - id: src-llama-3.2
        title: Llama 3.2 Community License Agreement (2024-09-25)
        url: https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE
        retrieved: 2026-11-29
        publisher: Meta
      - id: src-llama-3.2-aup
        title: Llama 3.2 Acceptable Use Policy
        url: https://www.llama.com/llama3_2/use-policy
        retrieved: 2026-11-29
        publisher: Meta
      - id: src-llama-3.3
        title: Llama 3.3 Community License Agreement (2024-12-06)
        url: https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE
        retrieved: 2026-11-29
        publisher: Meta
      - id: src-gemma-terms
        title: Gemma Terms of Use
        url: https://ai.google.dev/gemma/terms
        retrieved: 2026-11-29
        publisher: Google
        description: >-
          Read in the version last modified 2025-03-24; the version of 2026-04-01 points Gemma 4
          to a separate Apache-2.0 license.
      - id: src-gemma-policy
        title: Gemma Prohibited Use Policy
        url: https://ai.google.dev/gemma/prohibited_use_policy
        retrieved: 2026-11-29
        publisher: Google
        description: >-
          Says Google "reserves the right to update this Gemma Prohibited Use Policy from time
          to time".
      - id: src-rail-naming
        title: 'From RAIL to Open RAIL: Topologies of RAIL Licenses'
        url: https://www.licenses.ai/blog/2022/8/18/naming-convention-of-responsible-ai-licenses
        retrieved: 2026-11-29
        publisher: RAIL Initiative
      - id: src-rail-faq
        title: RAIL Initiative FAQ
        url: https://licenses.ai/faq-2
        retrieved: 2026-11-29
        publisher: RAIL Initiative
        description: >-
          Defines OpenRAIL as RAIL licenses that allow free open access and reuse, commercial
          use included, while keeping use restrictions.
      - id: src-openrail-m
        title: AI Pubs Open RAIL-M License, Version 0.1 (2023-03-02)
        url: https://www.licenses.ai/ai-licenses
        retrieved: 2026-11-29
        publisher: RAIL Initiative
        description: >-
          Text read from the copy adopted as the Clay OpenRAIL-M license
          (github.com/Clay-foundation/model, model-license.md).
      - id: src-bigscience-openrail-m
        title: BigScience Open RAIL-M License (2022-08-18)
        url: https://huggingface.co/Supertone/supertonic-2/blob/main/LICENSE
        retrieved: 2026-11-29
        publisher: BigScience
        description: >-
          A verbatim copy shipped with a model on Hugging Face; BigScience's own page was not
          fetched.
      - id: src-creativeml-openrail-m
        title: CreativeML Open RAIL-M (2022-08-22)
        url: https://huggingface.co/spaces/CompVis/stable-diffusion-license
        retrieved: 2026-11-29
        publisher: CompVis
      - id: src-bloom-rail-1.0
        title: BigScience RAIL License v1.0 (2022-05-19)
        url: https://huggingface.co/spaces/bigscience/license
        retrieved: 2026-11-29
        publisher: BigScience
        description: >-
          Only the preamble was read here.
      - id: src-qwen
        title: Tongyi Qianwen License Agreement (2023-08-03)
        url: https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT
        retrieved: 2026-11-29
        publisher: Alibaba Cloud
      - id: src-deepseek
        title: DeepSeek License Agreement, Version 1.0 (2023-10-23)
        url: https://github.com/deepseek-ai/DeepSeek-Coder/blob/main/LICENSE-MODEL
        retrieved: 2026-11-29
        publisher: DeepSeek
      - id: src-falcon-180b
        title: Falcon 180B TII License Version 1.0 (September 2023)
        url: https://www.ollama.com/library/falcon:180b-text/blobs/8e8cf4b25d47
        retrieved: 2026-11-29
        publisher: Technology Innovation Institute
        description: >-
          A copy of the license text; only its opening, which says hosted use may need a
          separate license, was read here.
      - id: src-falcon-180b-discussion
        title: Key differences between the Falcon-180B TII license and Apache 2.0
        url: https://huggingface.co/tiiuae/falcon-180B/discussions/2
        retrieved: 2026-11-29
        publisher: Hugging Face
        description: >-
          Quotes s.5.1 (use must comply with the Acceptable Use Policy at all times) and s.5.3
          (the policy may be updated from time to time).
      - id: src-mrl
        title: Mistral AI Research License (MRL-0.1)
        url: https://mistral.ai/licenses/MRL-0.1.md
        retrieved: 2026-11-29
        publisher: Mistral AI
      - id: src-nvidia-oml
        title: NVIDIA Open Model License Agreement
        url: https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/
        retrieved: 2026-11-29
        publisher: NVIDIA
        description: >-
          Read in the version last modified 2025-10-24 (sections 2.1 to 2.3).
    """#
}
