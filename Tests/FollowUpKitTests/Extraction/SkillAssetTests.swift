import Testing

@testable import FollowUpKit

/// What a person brings said without a verb to open it, as shorthand and hurried prose put it: a language
/// named loosely, a vehicle by its model, a licence, a room by how many it holds, a crowd that trusts them.
/// Each note is met on Saturday 2026-11-14 by Sam Chen with Maria Lopez.
@Suite("Skills said without an opening verb")
struct SkillAssetTests {
    typealias SkillCase = ExtractionRuleTests.SkillCase

    private func skills(_ body: String) throws -> [String] {
        try ExtractionRuleTests.note(body).skills.map(\.text)
    }

    @Test("A language named loosely is hers; one she lacks or wants to learn is not", arguments: [
        SkillCase(body: "She has the wheelchair van w/ the ramp.", skills: ["has the wheelchair van w/ the ramp"]),
        SkillCase(body: "Puts out the bulletin, kept the books for the co-op elevator.", skills: ["Puts out the bulletin", "kept the books for the co-op elevator"]),
        SkillCase(body: "She got the stop sign put in on Mercer and went to HS w/ the parks director.", skills: ["got the stop sign put in on Mercer", "went to HS w/ the parks director"]),
        SkillCase(body: "She got the flyers yesterday. She went to school with my cousin. She has the flu.", skills: []),
        SkillCase(body: "- grew up in Laredo, spanish at home", skills: ["spanish at home"]),
        SkillCase(body: "Her mom is from Cuenca, so Spanish was the house language.", skills: ["Spanish was the house language"]),
        SkillCase(body: "Portuguese first, Spanish too from years on the boats.", skills: ["Portuguese first, Spanish too"]),
        SkillCase(body: "- Mam y español. English not much", skills: ["Mam y español"]),
        SkillCase(body: "She is a first-language Mvskoke speaker.", skills: ["first-language Mvskoke speaker"]),
        SkillCase(body: "She speaks Farsi and understands Dari.", skills: ["speaks Farsi and understands Dari"]),
        SkillCase(body: "- spanish obv. ran the toy drive in the lobby last yr", skills: ["spanish obv", "ran the toy drive"]),
        SkillCase(body: "- Punjabi + Hindi, decent Spanish from the yard guys", skills: ["Punjabi + Hindi", "decent Spanish"]),
        SkillCase(body: "- portugese from her mom, good enough for the families on Elm", skills: ["portugese from her mom"]),
        SkillCase(body: "She grew up in Kisumu speaking Luo and Swahili.", skills: ["speaking Luo and Swahili"]),
        SkillCase(body: "- English classes at the library on Tuesdays", skills: []),
        SkillCase(body: "- Spanish flyers for the lobby", skills: []),
        // a lesser language said after the first belongs to it; said as a sentence of its own, it stands apart
        SkillCase(body: "Ex-trucker. Hungarian, gets by in Romanian.", skills: ["Ex-trucker", "Hungarian, gets by in Romanian"]),
        SkillCase(body: "- Punjabi + Hindi, understands Urdu", skills: ["Punjabi + Hindi, understands Urdu"]),
        SkillCase(body: "Her Arabic is native and she gets by in Amharic from old roommates.", skills: ["Her Arabic is native", "gets by in Amharic"]),
        SkillCase(body: "Somali, understands some Arabic from the masjid, reads Quran.", skills: ["Somali, understands some Arabic"]),
        SkillCase(body: "Her mother was from Quebec so her French is good, old-fashioned.", skills: ["her French is good"]),
        SkillCase(body: "Spanish of course, and she can manage in Portuguese from the cannery years.", skills: ["Spanish of course", "can manage in Portuguese"]),
        SkillCase(body: "She can manage in the kitchen alone.", skills: []),
    ])
    func languages(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A vehicle by make or model, a licence, a room by its size; not one lost or someone else's", arguments: [
        SkillCase(body: "- 2004 Chevy Silverado 4x4", skills: ["2004 Chevy Silverado 4x4"]),
        SkillCase(body: "- 7-seat Sienna, can do group rides", skills: ["7-seat Sienna"]),
        SkillCase(body: "- trucks long haul now, CDL-A", skills: ["trucks long haul", "CDL-A"]),
        SkillCase(body: "She has a heat press + a vinyl cutter.", skills: ["has a heat press + a vinyl cutter"]),
        SkillCase(body: "Her basement fits 30.", skills: ["basement fits 30"]),
        SkillCase(body: "She offered her front room instead, it seats twenty.", skills: ["front room instead, it seats twenty"]),
        SkillCase(body: "She has two kayaks.", skills: ["has two kayaks"]),
        SkillCase(body: "She has her CDA and is two classes from her associate's.", skills: ["has her CDA"]),
        SkillCase(body: "She has a van (white Econoline).", skills: ["has a van"]),
        SkillCase(body: "- license suspended since June", skills: []),
        SkillCase(body: "- had a CDL back home but it doesnt count here", skills: []),
        SkillCase(body: "Her son's garage fits 2 cars.", skills: []),
    ])
    func things(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("Her own vehicle named in passing; not a relation's, nor one lost or owed on", arguments: [
        SkillCase(body: "Handing out sambusas from the cooler in the back of her Sienna.", skills: ["her Sienna"]),
        SkillCase(body: "He was rolling the pallet jack off his box truck when I got there.", skills: ["his box truck"]),
        SkillCase(body: "Her pickup got totalled in the spring and she hasnt replaced it.", skills: []),
        SkillCase(body: "She borrowed her brothers van for the move.", skills: []),
        SkillCase(body: "He took a title loan on his Buick for $600.", skills: []),
        SkillCase(body: "She can't afford to fix her van.", skills: []),
        // what they own, after the work they do with it, is a skill of its own
        SkillCase(body: "Weekends he does mudanças w/ his own box truck, cash.", skills: ["does mudanças", "his own box truck"]),
        SkillCase(body: "He came to the meeting in his own 2011 Kenworth dump truck.", skills: ["his own 2011 Kenworth"]),
        // second review: a company's truck, one that won't start, someone else at the wheel, a trailer that is a home
        SkillCase(body: "His company truck goes back to the yard at night.", skills: []),
        SkillCase(body: "Her van wouldn't start so she missed the rally.", skills: []),
        SkillCase(body: "Her husband drives her van to the plant.", skills: []),
        SkillCase(body: "He lives in a trailer on lot 14, his trailer roof leaks.", skills: []),
    ])
    func vehicles(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("An aside after a skill is not part of it; a past trade keeps \"retired\"")
    func asides() throws {
        #expect(try skills("She sews too, she made the costumes for the dance group.") == ["sews"])
        #expect(try skills("has a truck lol") == ["has a truck"])
        #expect(try skills("Met him on his porch, retired lineman from the electric co-op.") == ["retired lineman from the electric co-op"])
        #expect(try skills("yard hostler at Pacifica 4 yrs, Hostler II on their scale").count == 2)
        #expect(try skills("She used to have a guide dog, Pepper, who died last spring.").isEmpty)
    }

    @Test("Posts and titles, past and present, however they are written", arguments: [
        SkillCase(body: "- SPD tech II, 2nd shift, 9 yrs", skills: ["SPD tech"]),
        SkillCase(body: "Met him on his porch, retired lineman from the electric co-op.", skills: ["lineman"]),
        SkillCase(body: "She spent thirty-one years as the postmistress in Harlan.", skills: ["postmistress"]),
        SkillCase(body: "As the manager told her, there's no overtime this month.", skills: []),
        SkillCase(body: "He's a real gentleman, very polite.", skills: []),
        SkillCase(body: "Was PTA president at Lincoln for 2 years.", skills: ["Was PTA president at Lincoln"]),
        SkillCase(body: "She has been an X-ray technologist at St. Vincent's for eleven years.", skills: ["X-ray technologist"]),
        SkillCase(body: "Maria has cleaned rooms at the Hilton for 11 years.", skills: ["cleaned rooms at the Hilton"]),
        SkillCase(body: "Her husband has cleaned rooms at the Hilton for 11 years.", skills: []),
        SkillCase(body: "- prez of the Audubon chapter here, ~90 members", skills: ["prez of the Audubon chapter"]),
        SkillCase(body: "She testified before the state senate ag committee in 1998.", skills: ["testified before the state senate ag committee"]),
        SkillCase(body: "In 2021 she spoke at the county health board hearing on ambulance fees.", skills: ["spoke at the county health board hearing"]),
        SkillCase(body: "She spoke at her cousin's wedding.", skills: []),
        SkillCase(body: "- HHA 11 yrs, w/ BrightPath since 2021", skills: ["HHA"]),
        SkillCase(body: "- ex army cook (92G, 2 deployments)", skills: ["ex army cook"]),
        SkillCase(body: "She's the ag mechanic for most of the growers and AWS certified welder too.", skills: ["ag mechanic", "AWS certified welder"]),
        SkillCase(body: "She has been a member at Bethel for years and directs the adult choir.", skills: ["directs the adult choir"]),
        SkillCase(body: "She's a shop steward with ATU and knows all the drivers at the North garage.", skills: ["shop steward", "knows all the drivers"]),
        SkillCase(body: "Maria Lopez runs a dozer for a pipeline contractor.", skills: ["runs a dozer"]),
        SkillCase(body: "Maria, waitress at the Starlite for years, said maybe.", skills: ["waitress at the Starlite"]),
        SkillCase(body: "She's a locksmith and a promotora with the clinic.", skills: ["locksmith", "promotora with the clinic"]),
        SkillCase(body: "She was a millwright at the paper mill.", skills: ["was a millwright at the paper mill"]),
        SkillCase(body: "Her sister is a surgeon at Mercy.", skills: []),
        // Spanish leaves the subject out; a relative's job is still not hers.
        SkillCase(body: "Es sacristán en Sagrado Corazón.", skills: ["Es sacristán en Sagrado Corazón"]),
        SkillCase(body: "En Guanajuato fue delegado ejidal, so politicians dont scare him.", skills: ["fue delegado ejidal"]),
        SkillCase(body: "Su hija es enfermera pero no tiene tiempo.", skills: []),
        SkillCase(body: "She's a good judge of character and a risk taker.", skills: []),
        SkillCase(body: "Has a moto, can get anywhere on the east side in 10 min.", skills: ["Has a moto"]),
        SkillCase(body: "She can get nervous in front of crowds.", skills: []),
        // trade and hospital shorthand
        SkillCase(body: "maint mech on nights at golden crust 14 yrs", skills: ["maint mech"]),
        SkillCase(body: "2nd 1:1 w/ Zuri, PCT on 6W nights (4 yrs)", skills: ["PCT on 6W nights"]),
        SkillCase(body: "- diesel mech @ city fleet garage, 2nd shift, ASE certified", skills: ["diesel mech", "ASE certified"]),
        SkillCase(body: "She's an associate member of the union.", skills: []),
        SkillCase(body: "He works 60+ hrs a week as a prep cook at Casa Fuego.", skills: ["prep cook"]),
        // titles graded, hyphenated, or named by two words before the job
        SkillCase(body: "WHO: Fern. Equip Operator I, 8 yrs", skills: ["Equip Operator I"]),
        SkillCase(body: "Hwy Maint Worker III, sign shop.", skills: ["Hwy Maint Worker III"]),
        SkillCase(body: "- 2nd convo. county staff accountant, grade 14", skills: ["county staff accountant"]),
        SkillCase(body: "- Q, A-mech at Harbor garage, 2nd shift", skills: ["A-mech at Harbor garage"]),
        SkillCase(body: "zaid, 24. EMT-B w/ county, 24 on 48 off", skills: ["EMT-B w/ county"]),
        SkillCase(body: "Library associate at Millbrook, circ desk mostly.", skills: ["Library associate at Millbrook"]),
        SkillCase(body: "- election judge at her precinct, liked it", skills: ["election judge at her precinct"]),
        SkillCase(body: "2nd yr plumbers apprentice w/ Local 130 so he knows", skills: ["plumbers apprentice w/ Local 130"]),
        SkillCase(body: "She was the front office secretary at Roosevelt, knows half the parents.", skills: ["front office secretary at Roosevelt", "knows half the parents"]),
        SkillCase(body: "I told her I'd call, operator I think.", skills: []),
        // review mend: a job that is the subject of a sentence, a route
        SkillCase(body: "Night shift worker at the plant got fired for talking union.", skills: []),
        SkillCase(body: "Front desk secretary at the clinic keeps losing her forms.", skills: []),
        SkillCase(body: "Rt 4 is the worst road for potholes.", skills: []),
    ])
    func posts(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("Many people who turn to her are her standing; one person, or people she will ask, are not", arguments: [
        SkillCase(body: "Everybody in the 3:10 pickup line knows her.", skills: ["Everybody in the 3:10 pickup line knows her"]),
        SkillCase(body: "The families up and down Deep Fork Road trust her.", skills: ["families up and down Deep Fork Road trust her"]),
        SkillCase(body: "She preaches in Brookfield, so a lot of the East African seasonals know and trust her.", skills: ["preaches", "East African seasonals know and trust her"]),
        SkillCase(body: "They trust her more than anybody from the city.", skills: ["They trust her"]),
        // a crowd that seeks the person out, said without a verb of trust
        SkillCase(body: "- half the men in the bldg sit in his chair", skills: ["half the men in the bldg sit in his chair"]),
        SkillCase(body: "the SA + zim guys on 2nd all sit w/ him at lunch", skills: ["the SA + zim guys on 2nd all sit w/ him at lunch"]),
        SkillCase(body: "the parents of about forty kids have his number", skills: ["the parents of about forty kids have his number"]),
        SkillCase(body: "most of the older women in the congregation will do whatever she asks.", skills: ["most of the older women in the congregation will do whatever she asks"]),
        SkillCase(body: "everybody's manman knows her", skills: ["everybody's manman knows her"]),
        SkillCase(body: "the new drivers on the morning runs all have her cell and call her before they call dispatch",
                  skills: ["the new drivers on the morning runs all have her cell and call her before they call dispatch"]),
        SkillCase(body: "She sat with him at lunch.", skills: []),
        SkillCase(body: "Her kids have her number.", skills: []),
        SkillCase(body: "The new guy sits w/ him at lunch, they're cousins.", skills: []),
        SkillCase(body: "The landlord has her number now and keeps texting her.", skills: []),
        SkillCase(body: "The 5th fl moms call her first.", skills: ["5th fl moms call her"]),
        SkillCase(body: "The 3 guys, she'll ask them.", skills: []),
        SkillCase(body: "- was a headmistress in Ibadan b4 coming => the other nannies at the park all go to her w/ problems",
                  skills: ["headmistress in Ibadan", "the other nannies at the park all go to her"]),
        SkillCase(body: "Dialysis regulars ask for him by name.", skills: ["regulars ask for him"]),
        SkillCase(body: "She started the parents chat and honestly everyone at pickup knows her.", skills: ["started the parents chat", "everyone at pickup knows her"]),
        SkillCase(body: "She coaches step, and the teenagers text her before they text their own parents.",
                  skills: ["coaches step", "the teenagers text her before they text their own parents"]),
    ])
    func standing(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("What she does for others, where or for whom; not a chore, and not someone else's work", arguments: [
        SkillCase(body: "Does the livestream for his church every sunday.", skills: ["does the livestream for his church"]),
        SkillCase(body: "He calls bingo at the Legion every Saturday night.", skills: ["calls bingo at the Legion"]),
        SkillCase(body: "- posts the outages on Nextdoor (~900 ppl)", skills: ["posts the outages on Nextdoor"]),
        SkillCase(body: "She cooks lunch for 2 crew buses every morning.", skills: ["cooks lunch for 2 crew buses"]),
        SkillCase(body: "- does all the club's graphics in canva", skills: ["does all the club's graphics"]),
        SkillCase(body: "Volunteers in the kitchen at Chua Quang Minh.", skills: ["volunteers in the kitchen at Chua Quang Minh"]),
        SkillCase(body: "She serves breakfast at the shelter.", skills: ["serves breakfast at the shelter"]),
        SkillCase(body: "She does the dishes after dinner.", skills: []),
        SkillCase(body: "She calls her mom every night.", skills: []),
        // review mend: errands, benefits and chores are no skill
        SkillCase(body: "She calls the landlord every week about the heat.", skills: []),
        SkillCase(body: "She posts on Facebook every day.", skills: []),
        SkillCase(body: "She files for unemployment at the county office.", skills: []),
        SkillCase(body: "He runs errands for his grandma.", skills: []),
        SkillCase(body: "He serves time at County until March.", skills: []),
        SkillCase(body: "She does her hair every morning before work.", skills: []),
        SkillCase(body: "She does the laundry at the laundromat on Sundays.", skills: []),
        SkillCase(body: "His daughter, who is a nurse, handles anything on the computer.", skills: []),
        SkillCase(body: "He is the admin of a Telegram group of 400 families, so when he posts people actually read it.", skills: ["admin of a Telegram group"]),
        // a trade worked from home or on the side
        SkillCase(body: "Cuts hair out of her kitchen, everybody sits in her chair.", skills: ["Cuts hair out of her kitchen", "everybody sits in her chair"]),
        SkillCase(body: "- HVAC tech 14 yrs, installs heat pumps on the side", skills: ["HVAC tech", "installs heat pumps on the side"]),
        SkillCase(body: "owns a taco cart, caters quinces w/ her sister on weekends.", skills: ["owns a taco cart", "caters quinces"]),
        SkillCase(body: "She cuts her own hair.", skills: []),
        SkillCase(body: "Cuts the grass on the side of the building for the super.", skills: []),
        // a label before the skill, a verb left without its object, a child's grade, a walking aid, a hungry child
        SkillCase(body: "Did: wired the Legion hall for free in 2017.", skills: ["wired the Legion hall"]),
        SkillCase(body: "We asked her to speak at the hearing on Dec 2; she'll speak, the seasonals she couldn't promise.", skills: []),
        SkillCase(body: "Orlando, dad of Sofi (2nd) and Mateo (kinder) at Lincoln.", skills: []),
        SkillCase(body: "- 79, walker since the hip", skills: []),
        SkillCase(body: "He is a dog walker on weekends.", skills: ["dog walker"]),
        SkillCase(body: "She is upset about the lunch portions, her 7th grader comes home starving.", skills: []),
        // a chore, a shift, a count given in answer
        SkillCase(body: "Her husband works days so she does pickup.", skills: []),
        SkillCase(body: "She does nights at Mercy.", skills: []),
        SkillCase(body: "Asked her to get people to the mtg Dec 5, she can get 6.", skills: []),
        SkillCase(body: "She can get the fellowship hall for free.", skills: ["can get the fellowship hall"]),
        // third review: the work after the shift, a crowd counted with where it comes from
        SkillCase(body: "She does nights as a CNA at the nursing home.", skills: ["does nights as a CNA"]),
        SkillCase(body: "she can get 50 ppl from her church out", skills: ["can get 50 ppl from her church"]),
        SkillCase(body: "Runs a cleaning business with her own clients in Brookline.", skills: ["Runs a cleaning business with her own clients"]),
        // a crowd she turned out, what she makes for others, a van written without its apostrophe
        SkillCase(body: "She got a whole bus to Albany for the min wage fight back in 2011.", skills: ["got a whole bus to Albany"]),
        SkillCase(body: "She got 2 tickets to the game.", skills: []),
        SkillCase(body: "got 3 kids to feed and rent went up again", skills: []),
        SkillCase(body: "She got 2 nurses to cover her shift so she can come Thurs.", skills: []),
        SkillCase(body: "She makes the lunches for her grandkids every morning.", skills: []),
        SkillCase(body: "Shes got a lot going on with her mom in the hospital.", skills: []),
        SkillCase(body: "Makes the funeral programs for Mt Olive on her own computer.", skills: ["Makes the funeral programs for Mt Olive"]),
        SkillCase(body: "She makes the best tamales.", skills: []),
        SkillCase(body: "Shes got a Sprinter van w/ a ladder rack.", skills: ["got a Sprinter van"]),
    ])
    func serving(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("What she did for a community, told in the past; not the organizer's own past work, nor an errand", arguments: [
        SkillCase(body: "He chaired the parish building committee for years.", skills: ["chaired the parish building committee"]),
        SkillCase(body: "- did the Hawthorne PTO winter coat swap 2 yrs running", skills: ["did the Hawthorne PTO winter coat swap"]),
        SkillCase(body: "- ran Save Hoyt Park in 2021, 3k sigs", skills: ["ran Save Hoyt Park"]),
        SkillCase(body: "Coached Little League at Ogden Park 15 summers.", skills: ["Coached Little League at Ogden Park"]),
        SkillCase(body: "He built the new stage for St Ritas parish hall.", skills: ["built the new stage for St Ritas parish hall"]),
        SkillCase(body: "She led the tenants through a rent negotiation in 2019.", skills: ["led the tenants through a rent negotiation"]),
        SkillCase(body: "Ran for township supervisor in 2018.", skills: ["Ran for township supervisor"]),
        SkillCase(body: "Ran the numbers for the hearing.", skills: []),
        SkillCase(body: "He ran for the bus.", skills: []),
        SkillCase(body: "She did the laundry at the laundromat in 2019.", skills: []),
        SkillCase(body: "She ran late to the church.", skills: []),
        SkillCase(body: "Her husband coached soccer at the Y for 10 years.", skills: []),
        SkillCase(body: "They hosted the potluck at the church last year and it was a mess.", skills: []),
        SkillCase(body: "She painted herself into a corner at the PTA meeting last year.", skills: []),
    ])
    func pastService(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A thing of his own named in passing; not one sold, lost or paid for", arguments: [
        SkillCase(body: "He was rolling his own pallet jack off the truck when I got there.", skills: ["his own pallet jack"]),
        SkillCase(body: "She offered to take her own Suburban, which seats seven.", skills: ["her own Suburban"]),
        SkillCase(body: "He sold his own van last yr, rides the 14 now.", skills: []),
        SkillCase(body: "Her own car got repossessed in August.", skills: []),
        SkillCase(body: "They make guys pay $180 for their own freezer suits.", skills: []),
        SkillCase(body: "She did it on her own.", skills: []),
        SkillCase(body: "She's saving up for her own truck.", skills: []),
        SkillCase(body: "Her husband drives his own truck for work.", skills: []),
    ])
    func ownThings(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("Gear counted or described with no verb, and a list of it; not a bus route", arguments: [
        SkillCase(body: "- 2 kayaks + a trailer, we could use them for the paddle-in", skills: ["2 kayaks + a trailer"]),
        SkillCase(body: "- does catering on the side, has 6 folding tables + 40 chairs we can borrow", skills: ["does catering", "6 folding tables + 40 chairs"]),
        SkillCase(body: "- deep freezer in her garage", skills: ["deep freezer in her garage"]),
        SkillCase(body: "- minivan, 7 seats + portable ramp", skills: ["minivan"]),
        SkillCase(body: "- truck: F-250 w/ tow hitch. 2 folding tables + pop-up canopy", skills: ["F-250", "2 folding tables + pop-up canopy"]),
        SkillCase(body: "- on the 14 bus now, takes the 40 bus on weekends", skills: []),
        SkillCase(body: "- 2 kids at Lincoln, 3 rooms no heat", skills: []),
        SkillCase(body: "Need: 6 folding tables, 40 chairs", skills: []),
        SkillCase(body: "4 generators went down during the storm.", skills: []),
        SkillCase(body: "- has a truck + no license", skills: ["has a truck"]),
        // two pieces joined by "+", no count and no verb
        SkillCase(body: "label maker + laminator at home lol", skills: ["label maker + laminator at home"]),
        SkillCase(body: "Sets the type on her own computer, big color laser printer + a paper cutter in the back room.",
                  skills: ["big color laser printer + a paper cutter in the back room"]),
        SkillCase(body: "needs a printer + paper", skills: []),
        SkillCase(body: "- her son's printer + a laminator", skills: []),
    ])
    func gear(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A group that already meets at her place is what she brings; one that meets elsewhere, or ours, is not", arguments: [
        SkillCase(body: "Block club meets in her basement.", skills: ["Block club meets in her basement"]),
        SkillCase(body: "She runs the sound board, and the girls' step team practices in her garage three evenings a week.",
                  skills: ["runs the sound board", "the girls' step team practices in her garage"]),
        SkillCase(body: "The union meets in the church basement.", skills: []),
        SkillCase(body: "We meet at her place on Sundays.", skills: []),
    ])
    func gatherings(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("Work done for a crowd, and a job named by its line, shift or app; not what she pays for, waits for or reads in the news", arguments: [
        SkillCase(body: "She fills out the forms for half of Birch St in Spanish and English.", skills: ["fills out the forms for half of Birch St", "English"]),
        SkillCase(body: "- reads the state notices out loud for the Sierra Leonean moms after service", skills: ["reads the state notices out loud for the Sierra Leonean moms after service"]),
        SkillCase(body: "Retired CNA, still checks sugar + blood pressure for half the 2nd floor.", skills: ["Retired CNA", "checks sugar + blood pressure for half the 2nd floor"]),
        SkillCase(body: "- keeps half the bikes on Oriole St running", skills: ["keeps half the bikes on Oriole St running"]),
        SkillCase(body: "She pays rent for half the year. She waits for the bus with the other kids.", skills: []),
        SkillCase(body: "- 9 yrs at Pollos del Valle, deboning line, 2nd shift.", skills: ["deboning line"]),
        SkillCase(body: "She's on the sorting line at Del Rio Packing.", skills: ["sorting line at Del Rio Packing"]),
        SkillCase(body: "She was waiting in line at the clinic.", skills: []),
        SkillCase(body: "2nd shift loader at Brightway DC.", skills: ["2nd shift loader at Brightway DC"]),
        SkillCase(body: "Night shift worker at the plant got fired for talking union.", skills: []),
        SkillCase(body: "Met her btwn runs. DoorDash + Instacart afternoons, Uber 6 yrs before that.", skills: ["DoorDash + Instacart afternoons", "Uber 6 yrs"]),
        SkillCase(body: "- drives uber + lyft full time", skills: ["drives uber"]),
        SkillCase(body: "Uber cut the rates again.", skills: []),
        SkillCase(body: "cashier + cash office at #118, 4 yrs.", skills: ["cashier"]),
    ])
    func workForOthers(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A licence by its number or grade, keys to a hall, a past action that moved a crowd; not the agency, a lawyer, or 'twice'", arguments: [
        SkillCase(body: "- HVAC tech 14 yrs, EPA 608 universal, installs heat pumps on the side", skills: ["HVAC tech 14 yrs", "EPA 608 universal", "installs heat pumps on the side"]),
        SkillCase(body: "EPA came out to test the soil.", skills: []),
        SkillCase(body: "She is a Part 107 certified drone pilot.", skills: ["Part 107 certified drone pilot"]),
        SkillCase(body: "- boiler lic. 2nd class, only one on B-shift w/ it", skills: ["boiler lic"]),
        SkillCase(body: "- day cab + 40ft chassis. hazmat + TWIC", skills: ["40ft chassis", "TWIC"]),
        SkillCase(body: "I'll call Lic. Ortega about the lease.", skills: []),
        SkillCase(body: "- keys to the parish hall kitchen, runs the soup supper", skills: ["keys to the parish hall kitchen", "runs the soup supper"]),
        SkillCase(body: "Back in 2015 she got the whole crew to stop for an hour over the dirty water jugs.", skills: ["got the whole crew to stop for an hour over the dirty water jugs"]),
        SkillCase(body: "Her block club is old, back when they got the road paved.", skills: []),
        SkillCase(body: "She has a pickup and she's been stranded twice.", skills: ["has a pickup"]),
        SkillCase(body: "Drove school bus for Ashby schools 6 yrs before the county.", skills: ["Drove school bus for Ashby schools 6 yrs before the county"]),
    ])
    func licencesAndPastActions(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A crowd that leaves keys with her, shows her, looks to him or gets moved by her; not a wish that someone show him", arguments: [
        SkillCase(body: "She has lived on 6 since 1998, and everybody on her floor leaves their spare keys with her.", skills: ["everybody on her floor leaves their spare keys with her"]),
        SkillCase(body: "Retired nurse, and half the building shows her their pill bottles before the doctor.", skills: ["Retired nurse", "half the building shows her their pill bottles before the doctor"]),
        SkillCase(body: "- the Vietnamese crew at Central all ask her first abt their checks", skills: ["the Vietnamese crew at Central all ask her first abt their checks"]),
        SkillCase(body: "- everybody in the valley knows his voice", skills: ["everybody in the valley knows his voice"]),
        SkillCase(body: "She wants her grandson to show her Google Docs.", skills: []),
        SkillCase(body: "In 2019 she went door to door and got forty neighbors to sign the complaint.", skills: ["got forty neighbors to sign the complaint"]),
        SkillCase(body: "- 2016 contract, got the whole kitchen to wear red every Thurs", skills: ["got the whole kitchen to wear red every Thurs"]),
        SkillCase(body: "She got 3 kids to the dentist before work.", skills: []),
        SkillCase(body: "Sè Marie, infirmière at Mercy, pale kreyòl ak français.", skills: ["infirmière at Mercy", "pale kreyòl ak français"]),
        SkillCase(body: "- corta el pelo at the camp every sunday", skills: ["corta el pelo at the camp every sunday"]),
    ])
    func crowdsAndStories(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A crowd named after a few words or after 'but', a house cleaner, a board she sat on, languages and services said short", arguments: [
        SkillCase(body: "- the Brazilian + Cape Verdean women on 2 and 3 come to her w/ paycheck problems", skills: ["the Brazilian + Cape Verdean women on 2 and 3 come to her w/ paycheck problems"]),
        SkillCase(body: "She doesnt like to talk abt it but the older sewers still call her for advice.", skills: ["the older sewers still call her for advice"]),
        SkillCase(body: "Limpia casas en Ridgeview, 4 clientas fijas.", skills: ["Limpia casas en Ridgeview"]),
        SkillCase(body: "Sat on the Dunbar LSC 6 yrs.", skills: ["Sat on the Dunbar LSC 6 yrs"]),
        SkillCase(body: "Her late husband Dale farmed and sat on the co-op board.", skills: []),
        SkillCase(body: "She sat on the bus for an hour.", skills: []),
        SkillCase(body: "- Canto + Toisan + ok Mandarin", skills: ["Canto + Toisan"]),
        SkillCase(body: "- reach truck, 6 yrs. ex marine, 2 tours", skills: ["ex marine"]),
        // review mend: things that come to her, what they know of her, where she sat
        SkillCase(body: "She'd come but the buses don't come to her stop.", skills: []),
        SkillCase(body: "The women at the shelter know her story, she was there 2 yrs.", skills: []),
        SkillCase(body: "The guards know her as a troublemaker.", skills: []),
        SkillCase(body: "Sat on the committee room floor bc no chairs lol.", skills: []),
    ])
    func crowdsAndCrafts(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("Under a Has or Knows label, an item that brings nothing of the person's is no skill")
    func labelledNothing() throws {
        let found = try skills("HAS: nothing rn - truck repo'd in May\n\nKNOWS: nobody yet, moved in Aug\n\nHAS: wants a generator b4 winter\n\nHAS: son has a truck, lives in Ohio\n\nHAS: 16ft box truck\n")
        #expect(found == ["16ft box truck"])
        // someone else's, or out of reach for now; but a truck back from the shop is hers again
        #expect(try skills("HAS:\n- the kiln is the dept's, not hers\n- car's in the shop till March, no rides\n").isEmpty)
        #expect(try skills("HAS:\n- truck, not in the shop anymore\n").count == 1)
        // Review mend: something after all, her own role, a contact of hers.
        let kept = try skills("HAS:\n- not much time but a big truck\n- Mom of 3, knows all the moms at Lincoln\n\nKNOWS:\n- her son's coach, Dre (youth football)\n")
        #expect(kept.count == 3)
        // Things listed after a Has label are one skill each.
        #expect(try skills("3. has: flatbed trailer, a PA from his DJ days\n") == ["flatbed trailer", "a PA from his DJ days"])
        #expect(try skills("- has: Honda generator + two work lights, ran the whole block party off them in Aug\n").count == 1)
        // …but not what is no thing to lend: "bad knees, two jobs" are not split into skills
        #expect(try skills("HAS: bad knees, two jobs, no time on weekends\n").count <= 1)
    }

    @Test("Review mend: a crowd's gossip or scorn, an '-ing line' that is news, an app ridden, a half that is time, keys changed", arguments: [
        SkillCase(body: "The guys on the dock tell her to shut up when she brings up the union.", skills: []),
        SkillCase(body: "The managers show her no respect, she's done.", skills: []),
        SkillCase(body: "The guys on 2nd shift give her a hard time for being the only woman.", skills: []),
        SkillCase(body: "The cops know his truck, they pull him over every week.", skills: []),
        SkillCase(body: "Shipping line from China delayed everything.", skills: []),
        SkillCase(body: "Assembly line at the Ford plant is shutting down.", skills: []),
        SkillCase(body: "Uber + Lyft got her to the clinic when the bus stopped running.", skills: []),
        SkillCase(body: "Uber 2 times last month bc the bus never came.", skills: []),
        SkillCase(body: "Keeps half the year in Mexico. Applies for the seniors' housing every yr.", skills: []),
        SkillCase(body: "Keys to the laundry room were changed, nobody got new ones.", skills: []),
        SkillCase(body: "TWIC office was closed so he couldn't renew.", skills: []),
        SkillCase(body: "Got 12 kids to the dentist on the free van day.", skills: []),
        SkillCase(body: "They got every tenant to sign the new lease, management did.", skills: []),
        SkillCase(body: "Toca la puerta and nobody answers. Maneja la ansiedad con terapia.", skills: []),
    ])
    func reviewMend(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A piece that names only the person, or says nothing, is no skill", arguments: [
        SkillCase(body: "- Maria, licensed landscape architect, did the rain gardens at Hoyt", skills: ["licensed landscape architect"]),
        SkillCase(body: "She hauls out half the scallop fleet every fall, and shes a certified welder, steel + aluminum.", skills: ["certified welder"]),
    ])
    func emptyPieces(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("Whom they train, what they lend, where they served, where a group meets, a language said loosely", arguments: [
        SkillCase(body: "shes a picker on 1st shift but she trains all the new hires on the RF gun", skills: ["picker", "trains all the new hires on the RF gun"]),
        SkillCase(body: "lost a whole day when it poured, even w/ the big canopy he lends the fruit guys when its hot.", skills: ["lends the fruit guys"]),
        SkillCase(body: "Sat with Lester in the canteen. Marine Corps 79 to 83, then he drove a forklift.", skills: ["Marine Corps 79 to 83", "drove a forklift"]),
        SkillCase(body: "- the Brazilian moms' prayer group already meets in her sala every week, 15 ppl", skills: ["prayer group already meets in her sala"]),
        SkillCase(body: "The quilting circle meets at her kitchen table every other Thursday.", skills: ["quilting circle meets at her kitchen table"]),
        SkillCase(body: "- kitchen Spanish, enough to argue w/ the Oaxacan guys on the line", skills: ["kitchen Spanish"]),
        SkillCase(body: "- the garden guy, has a tiller he lends out", skills: ["has a tiller"]),
        // someone of hers, a wish, a thing past, a language that is a class or a hope
        SkillCase(body: "Ex marine husband, very protective of her.", skills: []),
        SkillCase(body: "Decent French would be nice, she's taking classes.", skills: []),
        SkillCase(body: "Book club used to meet in her dining room until she moved.", skills: []),
    ])
    func storiesOfWhatTheyBring(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A relative as the sentence's subject, a thing given up, a worry and an age are not what the person brings", arguments: [
        SkillCase(body: "- his cousin has a minivan that fits 7, thats the cousins", skills: []),
        SkillCase(body: "Son's a lawyer in Gary. Won't ask him.", skills: []),
        SkillCase(body: "- husband drives for ups, teamster, not a lead", skills: []),
        SkillCase(body: "* wife was a pharmacist back home, cant get licensed here.", skills: []),
        SkillCase(body: "He used to run a dozer but sold it when his back went.", skills: []),
        SkillCase(body: "used to DJ, sold the speakers", skills: []),
        SkillCase(body: "Used to do hair out of her kitchen, stopped after the wrist surgery.", skills: []),
        SkillCase(body: "angry abt getting floated. worried abt her license", skills: []),
        SkillCase(body: "hes 71, electrician at the Pyro mine.", skills: ["electrician at the Pyro mine"]),
        // the person comes back, a new clause opens, a relation is hers to ask, or the thing given up is another one
        SkillCase(body: "Her husband works nights, she drives a school bus.", skills: ["drives a school bus"]),
        SkillCase(body: "Mother was from Trois-Rivières so his French is good.", skills: ["his French is good"]),
        SkillCase(body: "Mom of 3, knows all the moms at Lincoln.", skills: ["knows all the moms at Lincoln"]),
        SkillCase(body: "31 yrs a roof bolter, quit smoking in 88", skills: ["roof bolter"]),
        SkillCase(body: "Was on the maintenance cmte till 2022 when he quit over the roof.", skills: ["Was on the maintenance cmte till 2022"]),
        SkillCase(body: "- can borrow the club's van (sold his own pickup)", skills: ["can borrow the club's van"]),
        // review mend: an errand after the skill, another thing sold, the person back as the object, a language faulted
        SkillCase(body: "She drives for Uber, stopped by the office Tues.", skills: ["drives for Uber"]),
        SkillCase(body: "Has a truck, sold the van last year.", skills: ["Has a truck"]),
        SkillCase(body: "Runs a bakery, sold the most raffle tickets.", skills: ["Runs a bakery"]),
        SkillCase(body: "Sister got her the job, works nights at the Amazon warehouse", skills: ["works nights at the Amazon warehouse"]),
        SkillCase(body: "Her nephew used to haul for her in his box truck, but he moved.", skills: []),
        SkillCase(body: "Her English is the problem.", skills: []),
    ])
    func notTheirsAnyMore(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A language praised loosely, a vehicle ridden, gear kept", arguments: [
        SkillCase(body: "her Tongan is legit, she reads the church notices", skills: ["her Tongan is legit"]),
        SkillCase(body: "Her Italian is the real Calabrese.", skills: ["Her Italian is the real Calabrese"]),
        SkillCase(body: "her Kiche is better than her Spanish.", skills: ["her Kiche is better than her Spanish"]),
        SkillCase(body: "Used to have a Camry, sold it, rides a moped now.", skills: ["rides a moped now"]),
        SkillCase(body: "She keeps a little printer and a laminator in her front room.", skills: ["keeps a little printer"]),
        // not another's English, not the bus, not a measure cut at its comma
        SkillCase(body: "her English is better than mine lol", skills: []),
        SkillCase(body: "rides a bus to work, the 14", skills: []),
    ])
    func looseAndKept(_ example: SkillCase) throws { try ExtractionRuleTests.expectSkills(example) }

    @Test("A paragraph whose lines mostly stop short was broken by hand, so a long line ends a thought too")
    func handBrokenLines() throws {
        let body = """
            operator out of North Depot, 14 yrs
            angry abt no bathroom at the Riverside layover, drivers use a gas station that closes at 10
            ATU member but not a steward
            knows the dispatchers
            """
        #expect(try skills(body).contains { $0.lowercased() == "knows the dispatchers" })
        // The same long line in prose hard-wrapped at one width runs on across its break.
        func breaks(_ lines: [String]) -> [Bool] {
            var text = InlineText()
            for (number, line) in lines.enumerated() { text.append(line, line: number + 1) }
            return text.lineStarts.dropFirst().map { text.isDeliberateLineBreak(at: text.string.utf8.index(text.string.startIndex, offsetBy: $0.offset)) }
        }
        let wrapped = [
            "She has been a member at Bethel for nineteen years and on Sundays she sits with the",
            "choir, and she knows every family in the church by name because she ran the pantry",
            "for six years before the diocese took it over.",
        ]
        #expect(breaks(wrapped) == [false, false])
        #expect(breaks(body.components(separatedBy: "\n")) == [true, true, true])
        #expect(breaks(["operator out of North Depot", "angry abt the layover"]) == [true])
    }
}
