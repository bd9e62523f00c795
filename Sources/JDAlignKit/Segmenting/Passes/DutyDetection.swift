/// Decides what every line still undecided is: a duty, or `other` (lead-ins, introductions, prose about the school).
///
/// Outside the person specification and outside parts about the school or applying, list items are duties,
/// and so is prose that starts with a duty verb ("Create a culture…", "To lead…"), that states what the post holder
/// must or is expected to do, or that carries on a list in lower case ("and undertake any professional duties…").
/// A line ending with a colon introduces a list and is `other`.
struct DutyDetection: SegmentationPass {
    func run(_ state: inout SegmentationState) {
        var previousKind: ItemKind?
        for index in state.drafts.indices {
            if state.drafts[index].kind == nil {
                let shape = state.drafts[index].shape()
                let (kind, reason) = Self.kind(of: state.drafts[index], shape: shape, after: previousKind)
                state.drafts[index].decide(kind, because: reason)
            }
            previousKind = state.drafts[index].kind
        }
    }

    static func kind(of draft: Draft, shape: TextShape, after previousKind: ItemKind?) -> (ItemKind, String) {
        switch draft.zone {
        case .personSpecification: return (.personSpec, "a line in the person specification")
        case .notDuties: return (.other, "in a part about the school, benefits or applying")
        case .general: break
        }
        if shape.endsWithColon { return (.other, "ends with a colon: it introduces what follows") }
        if draft.marker != .none { return (.duty, "a list item outside the person specification") }
        if shape.startsLowercase, previousKind == .duty { return (.duty, "carries on the duty list in lower case") }
        if shape.opensWithInfinitive { return (.duty, "opens with \"To\" and a verb") }
        if DutyVerbs.all.contains(shape.leadingVerb) { return (.duty, "opens with a duty verb (\"\(shape.leadingVerb)\")") }
        return shape.containsAny(obligationPhrases)
            ? (.duty, "says what the post holder is to do") : (.other, "prose that states no duty")
    }

    /// Phrases by which prose states what the post holder is to do.
    static let obligationPhrases: PhraseSet = [
        "expected to", "required to", " must ", "responsibilities will be", "responsibilities are to", "will be responsible",
        "is responsible for", "will be accountable", "is accountable for", "will deputise", "will lead ", "will ensure ",
        "you will ", "post holder will ", "postholder will ",
        // A purpose statement names the post: "The Assistant Headteacher will work with the Headteacher to secure…".
        "headteacher will ", "head teacher will ", "deputy will ", "leader will ", "senco will ", "sendco will ",
        "principal will ", "head of year will ", "head of school will ", "manager will ",
    ]
}

/// Verbs a duty typically starts with, in the imperative ("Ensure…") or after "To" ("To lead…").
enum DutyVerbs {
    static let all: Set<String> = [
        "achieve", "act", "actively", "adhere", "administer", "advise", "allocate", "analyse", "apply", "arrange", "assess",
        "assist", "attend", "be", "build", "carry", "challenge", "champion", "chair", "coach", "collaborate", "commit",
        "communicate", "complete", "comply", "conduct", "consult", "continually", "contribute", "co-ordinate",
        "coordinate", "create", "deal", "delegate", "deliver", "demonstrate", "deploy", "deputise", "design", "determine",
        "develop", "direct", "disseminate", "distribute", "drive", "effectively", "embed", "empower", "enable",
        "encourage", "engage", "ensure", "establish", "evaluate", "exercise", "facilitate", "forge", "formulate", "foster",
        "fulfil", "hold", "identify", "implement", "improve", "inform", "initiate", "inspire", "keep", "lead", "liaise",
        "maintain", "make", "manage", "meet", "mentor", "model", "monitor", "motivate", "nurture", "organise", "oversee",
        "participate", "plan", "play", "prepare", "present", "prioritise", "produce", "promote", "provide", "raise",
        "recruit", "report", "represent", "respond", "review", "safeguard", "secure", "set", "shape", "share", "strategically",
        "support", "sustain", "take", "teach", "track", "train", "undertake", "understand", "uphold", "use", "welcome",
        "work", "write", "line", "induct", "celebrate", "observe", "moderate",
    ]
}
