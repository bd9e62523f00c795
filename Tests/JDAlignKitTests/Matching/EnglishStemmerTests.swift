import Testing
import JDAlignKit

/// Pairs in the form `word:stem`, separated by white space.
private func pairs(_ text: String) -> [(word: String, stem: String)] {
    text.split(whereSeparator: \.isWhitespace).map { pair in
        let parts = pair.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), String(parts[1]))
    }
}

/// Consecutive runs of the Snowball project's own English sample vocabulary (`voc.txt`) with the stems it
/// publishes for them (`output.txt`), copied line for line from the `snowball-data` repository.
private let officialSample = """
        aaron:aaron aback:aback abaissiez:abaissiez abandon:abandon abandoned:abandon abandoning:abandon abandonment:abandon
        abandons:abandon abase:abas abasement:abas abash:abash abashed:abash abate:abat abated:abat
        abatement:abat abatements:abat abates:abat abattement:abatt abbe:abb abbess:abbess abbey:abbey
        abbeys:abbey abbominable:abbomin abbot:abbot abbots:abbot abbott:abbott abbreviated:abbrevi abbreviation:abbrevi
        abdicate:abdic abdicating:abdic abdication:abdic abdomen:abdomen abdominal:abdomin abduction:abduct abe:abe
        abear:abear abed:abe abel:abel aberga:aberga abergavenny:abergavenni aberration:aberr abershaw:abershaw
        abet:abet abetting:abet abettor:abettor abeyance:abey abhominable:abhomin abhor:abhor abhorr:abhorr
        abhorred:abhor abhorrence:abhorr abhorring:abhor abhors:abhor abhorson:abhorson abide:abid abides:abid
        abiding:abid abilities:abil ability:abil abimee:abime abingdon:abingdon abipones:abipon abject:abject
        abjectly:abject abjectness:abject abjects:abject abjur:abjur abjure:abjur abjured:abjur abl:abl
        able:abl abler:abler ablest:ablest ablutions:ablut abnegation:abneg abnormal:abnorm abnormality:abnorm
        abnormally:abnorm aboard:aboard abode:abod aboded:abod abodements:abod abodes:abod aboding:abod
        abolish:abolish abolished:abolish abolishing:abolish abolition:abolit abominable:abomin abominably:abomin abominated:abomin
        abominates:abomin abomination:abomin abominations:abomin aboot:aboot aboriginal:aborigin aboriginally:aborigin aborigines:aborigin
        abortion:abort abortions:abort abortive:abort abortives:abort abound:abound abounded:abound abounding:abound
        abounds:abound about:about above:abov aboveboard:aboveboard abr:abr abraham:abraham abram:abram
        abreast:abreast abridg:abridg abridge:abridg abridged:abridg abridgment:abridg abroach:abroach abroad:abroad
        abrogate:abrog abrogated:abrog abrolhos:abrolho abrook:abrook abrupt:abrupt abruption:abrupt abruptly:abrupt
        abruptness:abrupt abscess:abscess absence:absenc absences:absenc absent:absent absenting:absent absey:absey
        absolom:absolom absolute:absolut absolutely:absolut absolv:absolv absolve:absolv absolved:absolv absolver:absolv
        absorb:absorb absorbed:absorb absorbent:absorb absorbing:absorb absorbs:absorb absorption:absorpt abstain:abstain
        abstained:abstain abstaining:abstain abstains:abstain abstemious:abstemi abstinence:abstin abstract:abstract abstracted:abstract
        abstractedly:abstract abstraction:abstract abstracts:abstract abstruse:abstrus absurd:absurd absurdities:absurd absurdity:absurd
        absurdly:absurd absyrtus:absyrtus abt:abt abundance:abund abundant:abund abundantly:abund abus:abus
        abuse:abus abused:abus abuser:abus abuses:abus abusing:abus abusive:abus abut:abut
        abuts:abut abutting:abut aby:abi abysm:abysm abyss:abyss abysses:abyss abyssinia:abyssinia
        acquaint:acquaint acquaintance:acquaint acquaintances:acquaint acquaintanceship:acquaintanceship acquainted:acquaint acquainting:acquaint acquaints:acquaint
        acquiesce:acquiesc acquiesced:acquiesc acquiescence:acquiesc acquiescent:acquiesc acquiesces:acquiesc acquiescing:acquiesc acquir:acquir
        acquire:acquir acquired:acquir acquirement:acquir acquirements:acquir acquires:acquir acquiring:acquir acquisition:acquisit
        acquisitions:acquisit acquit:acquit acquittal:acquitt acquittance:acquitt acquittances:acquitt acquitted:acquit acqulred:acqulr
        acre:acr acres:acr acrid:acrid acrimonious:acrimoni acrimoniously:acrimoni across:across acrydium:acrydium
        act:act actaeon:actaeon acted:act acting:act actinia:actinia action:action actions:action
        actium:actium active:activ actively:activ activity:activ actor:actor actors:actor actress:actress
        actresses:actress acts:act actual:actual actuality:actual actually:actual actuate:actuat actuated:actuat
        actuating:actuat acture:actur acumen:acumen acunha:acunha acut:acut acute:acut acutely:acut
        acuteness:acut acuter:acut ad:ad ada:ada adage:adag adages:adag adallas:adalla
        adam:adam adamant:adam adams:adam adamson:adamson adapt:adapt adaptability:adapt adaptable:adapt
        adaptation:adapt adapted:adapt adapter:adapt adapting:adapt adapts:adapt adas:ada add:add
        added:add adder:adder adders:adder addeth:addeth addict:addict addicted:addict addiction:addict
        adding:add addington:addington addison:addison addition:addit additional:addit additionally:addit additions:addit
        addle:addl addled:addl address:address addressed:address addresses:address addressing:address addrest:addrest
        adds:add adduced:adduc adducing:adduc adelaide:adelaid adept:adept adequate:adequ adhere:adher
        adhered:adher adherence:adher adherent:adher adherents:adher adheres:adher adhering:adher adhesive:adhes
        adieu:adieu adieus:adieus adieux:adieux adimonia:adimonia adios:adio adjacent:adjac adjective:adject
        adjoin:adjoin adjoined:adjoin adjoining:adjoin adjourn:adjourn adjourned:adjourn adjourning:adjourn adjournment:adjourn
        adjudg:adjudg adjudged:adjudg adjunct:adjunct adjuration:adjur adjurations:adjur adjured:adjur adjuring:adjur
        adjust:adjust adjusted:adjust adjusting:adjust adjustment:adjust adjusts:adjust adjutant:adjut administer:administ
        administered:administ administering:administ administration:administr administrative:administr administrator:administr administrators:administr administratrix:administratrix
        admir:admir admirable:admir admirably:admir admiral:admir admiralty:admiralti admiration:admir admire:admir
        admired:admir admirer:admir admirers:admir admires:admir admiring:admir admiringly:admir admission:admiss
        admissions:admiss admit:admit admits:admit admittance:admitt admitted:admit admitting:admit admixture:admixtur
        agree:agre agreeable:agreeabl agreeably:agreeabl agreed:agre agreeing:agre agreement:agreement agrees:agre
        agremens:agremen agricult:agricult agricultural:agricultur agriculture:agricultur agriculturists:agriculturist agrippa:agrippa aground:aground
        agua:agua ague:agu aguecheek:aguecheek agued:agu agueface:aguefac agueros:aguero agues:agu
        ah:ah aha:aha ahead:ahead ahem:ahem ahmed:ahm ahmednuggur:ahmednuggur ahrimanians:ahrimanian
        ahum:ahum ahungry:ahungri allegation:alleg allegations:alleg allege:alleg alleged:alleg allegiance:allegi
        allegiant:allegi alleging:alleg allegorical:allegor allegories:allegori allegory:allegori alleine:allein allenby:allenbi
        aller:aller alleviate:allevi alleviated:allevi alley:alley alleys:alley allhallowmas:allhallowma alliance:allianc
        alliances:allianc allicholy:allicholi allied:alli allies:alli alligant:allig alligator:allig alligators:allig
        allocution:allocut allons:allon allot:allot allots:allot allotted:allot allottery:allotteri allotting:allot
        allow:allow allowable:allow allowance:allow allowances:allow allowed:allow allowing:allow allows:allow
        alloyed:alloy allude:allud alluded:allud alludes:allud alluding:allud allur:allur allure:allur
        allured:allur allurement:allur allurements:allur alluring:allur allus:allus allusion:allus allusions:allus
        alluvial:alluvi alluvium:alluvium ally:alli allycholly:allycholli anticipate:anticip anticipated:anticip anticipates:anticip
        anticipatest:anticipatest anticipating:anticip anticipation:anticip anticipations:anticip anticipative:anticip antick:antick anticly:antic
        antics:antic antidote:antidot antidotes:antidot antigonus:antigonus antilles:antill antiopa:antiopa antipathy:antipathi
        antiphlogistic:antiphlogist antipholus:antipholus antipholuses:antipholus antipodean:antipodean antipodes:antipod antiquarian:antiquarian antiquaries:antiquari
        antiquary:antiquari antiquated:antiqu antique:antiqu antiques:antiqu antiquities:antiqu antiquity:antiqu antium:antium
        antlers:antler antoinette:antoinett antoniad:antoniad antonio:antonio antonius:antonius antony:antoni antres:antr
        antrum:antrum ants:ant antuco:antuco anvil:anvil anxieties:anxieti anxiety:anxieti anxious:anxious
        anxiously:anxious any:ani anybody:anybodi anyhow:anyhow anymore:anymor anyone:anyon anything:anyth
        anythink:anythink anyvays:anyvay anyway:anyway anyways:anyway anywhere:anywher anywheres:anywher apologetic:apologet
        apologetically:apologet apologies:apolog apologise:apologis apologised:apologis apologising:apologis apologists:apologist apologize:apolog
        apologized:apolog apologizes:apolog apologizing:apolog apologue:apologu apology:apolog apoplectic:apoplect apoplex:apoplex
        apoplexy:apoplexi apostle:apostl apostles:apostl applicable:applic applicant:applic application:applic applications:applic
        applied:appli applies:appli apply:appli applying:appli appoint:appoint appointed:appoint appointing:appoint
        appointment:appoint appointments:appoint appoints:appoint apportioned:apport apportions:apport apposite:apposit appreciable:appreci
        appreciate:appreci appreciated:appreci appreciates:appreci appreciating:appreci appreciation:appreci apprehend:apprehend apprehended:apprehend
        apprehending:apprehend apprehends:apprehend apprehension:apprehens apprehensions:apprehens apprehensive:apprehens
    """

/// Leading and trailing apostrophes, also from the start of the official sample.
private let apostropheSample = """
        ''':' 'a:'a 'a':a 'aa:aa 'aa':aa 'as:as
        'as':as 's:'s 's':s a':a' a'':a' aa':aa
    """

/// The algorithm's exceptional forms, the words Step 1a leaves alone, and the `gener`/`commun`/`arsen` regions.
private let exceptionSample = """
        skis:ski skies:sky dying:die lying:lie tying:tie idly:idl
        gently:gentl ugly:ugli early:earli only:onli singly:singl sky:sky
        news:news howe:howe atlas:atlas cosmos:cosmos bias:bias andes:andes
        inning:inning innings:inning outing:outing outings:outing canning:canning cannings:canning
        herring:herring herrings:herring earring:earring earrings:earring proceed:proceed exceed:exceed
        succeed:succeed evening:evening generate:generat generates:generat generated:generat generating:generat
        general:general generally:general generic:generic generically:generic generous:generous generously:generous
        communication:communic communications:communic
    """

/// The worked examples on the algorithm's description page.
private let descriptionSample = """
        community:communiti arsenal:arsenal arsenic:arsenic consign:consign consigned:consign consigning:consign
        consignment:consign consist:consist consisted:consist consistency:consist consistent:consist consistently:consist
        consisting:consist consists:consist consolation:consol consolations:consol consolatory:consolatori console:consol
        consoled:consol consoles:consol consolidate:consolid consolidated:consolid consolidating:consolid consoling:consol
        consolingly:consol consols:consol consonant:conson consort:consort consortium:consortium conspicuous:conspicu
        conspicuously:conspicu conspiracy:conspiraci conspirator:conspir conspirators:conspir conspire:conspir conspired:conspir
        conspiring:conspir constable:constabl constables:constabl constance:constanc constancy:constanc constant:constant
        knack:knack knackeries:knackeri knacks:knack knag:knag knave:knave knaves:knave
        knavish:knavish kneaded:knead kneading:knead knee:knee kneel:kneel kneeled:kneel
        kneeling:kneel kneels:kneel knees:knee knell:knell knelt:knelt knew:knew
        knick:knick knif:knif knife:knife knight:knight knightly:knight knights:knight
        knit:knit knits:knit knitted:knit knitting:knit knives:knive knob:knob
        knobs:knob knock:knock knocked:knock knocker:knocker knockers:knocker knocking:knock
        knocks:knock knopp:knopp knot:knot knots:knot
    """

@Test func stemsTheOfficialSampleVocabulary() {
    let sample = pairs(officialSample)
    #expect(sample.count == 551)
    for (word, stem) in sample {
        #expect(EnglishStemmer.stem(word) == stem, "stem of \(word)")
    }
}

@Test func handlesApostrophesLikeTheOfficialSample() {
    for (word, stem) in pairs(apostropheSample) {
        #expect(EnglishStemmer.stem(word) == stem, "stem of \(word)")
    }
}

@Test func appliesExceptionalFormsAndRegionExceptions() {
    for (word, stem) in pairs(exceptionSample) {
        #expect(EnglishStemmer.stem(word) == stem, "stem of \(word)")
    }
}

@Test func stemsTheDescriptionPageExamples() {
    for (word, stem) in pairs(descriptionSample) {
        #expect(EnglishStemmer.stem(word) == stem, "stem of \(word)")
    }
}

@Test func conflatesTheInflectionsOfSchoolDuties() {
    let families = [
        ["safeguard", "safeguards", "safeguarding", "safeguarded"],
        ["pupil", "pupils"],
        ["lead", "leads", "leading"],
        ["manage", "managed", "manages", "managing", "management"],
        ["monitor", "monitors", "monitored", "monitoring"],
        ["evaluate", "evaluated", "evaluates", "evaluating", "evaluation"],
    ]
    for family in families {
        let stems = Set(family.map(EnglishStemmer.stem))
        #expect(stems.count == 1, "\(family) gave \(stems.sorted())")
    }
}

@Test func leavesWordsOutsideLowercaseASCIIUnchanged() {
    for word in ["Safeguarding", "café", "naïve", "ks2", "2020s", "year-7", "", "a", "is"] {
        #expect(EnglishStemmer.stem(word) == word)
    }
}
