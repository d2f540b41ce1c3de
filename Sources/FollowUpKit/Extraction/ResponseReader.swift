/// Reads how the person answered an ask from the words after it: the earliest answer cue wins,
/// and at one place the longest ("not sure" is maybe, not no; "no answer yet" is pending).
enum ResponseReader {
    /// A cue; `response` nil marks phrases that look like answers but are not ("make sure", "no one").
    private struct Cue {
        var words: [Substring]
        var response: Ask.Response?
        /// The cue only counts at the end of a clause ("she's in!" but not "she's in the choir").
        var clauseEnd: Bool
        /// The cue only counts right after an opening quote: "\"I can do 20\"" is the person speaking.
        var quoted = false
    }

    private static let cues: [String: [Cue]] = {
        var table: [String: [Cue]] = [:]
        func add(_ response: Ask.Response?, _ phrases: [String]) {
            for phrase in phrases {
                let clauseEnd = phrase.hasSuffix("$")
                let quoted = phrase.hasPrefix("\"")
                let words = phrase.trimming("$\"").split(separator: " ")
                table[String(words[0]), default: []].append(Cue(words: words, response: response, clauseEnd: clauseEnd, quoted: quoted))
            }
        }
        add(.pending, [
            // the organizer not knowing: "she changed the subject so idk"
            "so idk", "so i dunno",
            "no answer", "no answer yet", "no response", "no reply", "hasn't answered", "has not answered", "haven't heard",
            "have not heard", "didn't answer", "did not answer", "didn't respond", "did not respond", "hasn't responded",
            "didn't say", "waiting to hear", "waiting on", "pending", "tbd", "unanswered", "never got to", "didn't get to",
            "ran out of time", "didn't ask", "forgot to ask", "not asked", "didnt answer", "didn't really answer",
            "didnt really answer", "never answered", "didnt say", "did not say", "no real answer", "didnt respond", "never got back", "never got an answer",
            "never heard back$", "haven't heard back$", "havent heard back$", "hasn't gotten back$", "hasnt gotten back$",
            "still waiting$", "ghosted$", "ghosted me", "ghosted us", "no word yet", "no word back",
            // Spanish and Portuguese
            "no contestó", "no contesto", "no me contestó", "no me contesto", "no dijo nada", "sin respuesta", "no respondió",
            "no respondio", "não respondeu", "nao respondeu", "sem resposta",
            "do not have an answer", "don't have an answer", "dont have an answer",
            // the talk ended first: "had to go clock in before he answered", "we never got back to it"
            "before he answered", "before she answered", "before they answered", "before answering", "never really answered",
            "never got back to it", "never got back to that", "never came back to it",
            // the answer promised for later: "he'll get back to me"
            "get back to me", "get back to us", "get back to you", "call me back", "call you back", "call us back", "text me back",
        ])
        add(.maybe, [
            "maybe", "think about it", "thinking about it", "think it over", "thinking it over", "let me think",
            "sleep on it", "not sure", "unsure", "possibly", "might", "will try", "she'll try", "he'll try",
            "they'll try", "try to", "tentative", "tentatively", "check her schedule", "check his schedule",
            "check their schedule", "check her calendar", "check his calendar", "check with",
            "let me know", "depends", "if she can", "if he can", "on the fence", "undecided", "hesitant", "probably",
            "we'll see", "soft yes", "possible", "perhaps", "hopefully", "not a no", "talk to her husband",
            "have to see", "has to see", "'d have to see", "see if", "she'll see", "he'll see", "they'll see",
            "can't promise", "cant promise", "can not promise", "not sure yet", "not 100 sure", "not 100 percent sure", "not 100 pct sure", "could not promise", "couldn't promise", "couldnt promise",
            "talk to his wife", "ask her husband", "ask his wife", "not yet sure", "interested but",
            "lo va a pensar", "va a pensar", "dejame pensarlo", "déjame pensarlo", "lo voy a pensar", "has to check",
            "have to check", "needs to check", "wants to talk to", "needs to think", "would try",
            "would have to think", "tiene que preguntar", "tiene que ver", "prob$", "maybe so",
            "has to ask", "have to ask", "needs to ask", "has to go to", "wants to check", "wanted to check", "wants to read",
            "wanted to read", "will decide", "decide after", "let me see", "pray on it", "has to talk to", "needs to talk to",
            "wants to see", "wanted to see", "prob yes", "probably yes", "if her", "if his", "if their",
            "most likely", "likely", "lemme see", "lemme think", "lemme check", "gotta see", "got to see", "gotta check", "gotta ask", "got to ask",
            "no promete", "no promise", "no promises", "can't speak for", "cant speak for", "if he", "if she", "if they",
            "see w/", "let me check", "ill see", "i'll see", "we'll see", "prob ok", "probably ok",
            // more hedges, and Portuguese ones
            "probs", "prob would", "lemme ask", "has to take it", "needs to look at", "has to run it by", "have to run it by",
            "needs to run it by", "vou tentar", "vamos ver", "talvez", "must ask", "has to clear it",
            // a choice left to someone else or to a vote, a condition, odds
            "is up to", "that's up to", "thats up to", "only if", "50 50", "50-50", "fifty-fifty", "let you know",
            "has to vote", "have to vote", "needs to vote", "needs a vote", "inshallah", "insha'allah", "insha allah", "ojalá", "ojala",
            "inşallah",
            // Spanish, Portuguese and French hedges
            "a lo mejor", "tal vez", "quizás", "quizas", "quizá", "depende", "déjame ver", "dejame ver", "a ver", "no sé",
            "no se$", "vamos a ver", "pode ser", "on verra", "peut-être", "peut être", "petèt", "petet",
            "has to think", "needs to think about", "wants to think", "sit with it", "sit on it", "ask me again", "ask again",
            // how people say "maybe" without the word: doubt, leaning, time to decide, someone to ask
            "eh$", "ehh$", "meh$", "hmm$", "idk", "dunno", "don't know yet", "dont know yet", "doesn't know yet", "doesnt know yet",
            "i don't know$", "i dont know$", "leaning yes", "leaning no", "leans yes", "leans no",
            "needs some time", "needs more time", "needs a few days", "needs a day", "wait and see", "open to it", "open to the idea",
            // a thought still going: "still thinking, she'll call me by Friday"
            "still thinking",
            "give me some time$", "give me a few days$", "give me a day$", "give me a week$", "give me time$", "gimme some time$",
            "gimme a few days$", "gimme a day$", "need some time$", "need a few days$", "\"give me the weekend", "\"give me the week",
            "not opposed", "not against it", "think on it", "thinking on it", "mull it over",
            "mulling it over", "mulling it", "chew on it", "chewing on it", "pray about it", "praying about it", "praying on it",
            "talk it over", "talk it through", "talk it out", "run it by", "runs it by", "prolly", "mebbe",
            // a decision left for later or to someone at home: "ask me after the vote", "my wife decides that"
            "ask me after", "ask me later", "ask me closer", "wife decides", "husband decides", "decides that$",
            "checking with", "checking w", "check w", "déjame preguntar", "dejame preguntar", "déjame preguntarles",
            "dejame preguntarles", "déjame preguntarle", "dejame preguntarle", "tengo que preguntar",
            // holding back a promise: "would not commit to the neighbors until he talks to them"
            "would not commit", "wouldn't commit", "wouldnt commit", "won't commit", "wont commit", "didn't commit", "didnt commit",
            "not commit", "not committing", "noncommittal", "non-committal",
            // a promise that cannot be made yet, someone at home to ask first, a day to ask again
            "cannot promise", "want to see", "'d want to", "let me talk to", "lemme talk to", "talk to my husband",
            "talk to my wife", "give me till", "give me til", "give me until", "catch me",
            // "she'll ask him, thinks he'll say yes": a guess at someone else's answer
            "thinks he'll say yes", "thinks she'll say yes", "thinks they'll say yes", "thinks he will say yes", "thinks she will say yes",
            "she'll think$", "he'll think$", "shell think$", "hell think$",
            // a condition or a later time said outright: "that is a question for after the listening session", "me
            // pergunta depois do pagamento", "só se a família me der o dia", "solo si me dan el día"
            "question for after", "a question for later", "pergunta depois", "só se", "solo si", "sólo si",
            // something to get through first: "let me get through the commission first", "after midterms, then we talk",
            // "let me feel out Pat first", "check back w/ you next Monday"
            "let me get through", "lemme get through", "then we talk", "then we'll talk", "feel out", "check back",
        ])
        add(.maybe, [
            "know by then", "know then$", "know after", "know more",
            // Portuguese and Tagalog: "vou ver", "pag-iisipan ko" (I'll think about it)
            "vou ver", "vou pensar", "deixa eu ver", "pag-iisipan ko", "pag-iisipan", "iisipin ko", "ask me when", "ask me once", "ask me in", "ask me next", "ask her again",
            "ask him again", "ask them again", "who knows$", "can't say", "cant say",
            "couldn't say", "couldnt say",
            // "khong biet", "bu zhidao": not knowing yet
            "khong biet", "không biết", "bu zhidao", "不知道",
        ])
        add(.no, [
            "no", "said no", "declined", "declines", "can't", "cannot", "can not", "couldn't", "not ready", "not interested",
            "won't", "will not", "turned it down", "turned me down", "turned down", "passed", "not this time", "not able",
            "isn't able", "unable", "doesn't want to$", "didn't want to$", "does not want to$", "nope", "cant", "wont",
            "not until", "no way", "not now", "refused", "too busy",
            "not available", "isn't available", "not for her", "not for him", "no thanks", "no thank you", "wasn't ready",
            "isn't ready", "not comfortable", "not up for", "not yet", "not this semester", "not this year",
            "not this month", "not this round", "not this week", "not this sem", "not this time", "not rn", "not right now", "dijo que no",
            "absolutely not", "rather not", "nah", "no go", "pass$", "hard pass", "hell no", "definitely not", "def not",
            "nem pensar", "não", "nao$", "said no to", "not till", "not til",
            "probably not", "prob not", "probs not", "never$", "ko$",
            // how people say "no" without the word
            "naw", "not a chance", "not gonna happen", "ain't happening", "aint happening", "not for me",
            "sitting this one out", "sit this one out", "sits this one out", "sat this one out", "not willing", "unwilling",
            "no dice", "not her thing", "not his thing", "not my thing", "not him$", "not her$", "not me$",
            "not his kind of", "not her kind of", "not my kind of", "not my scene", "not really my scene", "\"ni ni", "nyet", "na bhai", "nah bhai", "leai", "\"lla", "lla$",
            // handing it to someone younger: "find somebody younger", "let the young fellers do the hollerin", "that's for
            // you young people"
            "find somebody younger", "find someone younger", "for you young", "for the young", "to the young",
            "let the young", "let the younger", "waved me off", "find somebody else$", "find someone else$",
            "would rather not",
            "not this one",
            // Spanish, Portuguese, French, Hindi and Urdu
            "eso no", "no puedo", "no puede", "no se puede", "no quiere", "no quieren", "ahorita no", "todavía no", "todavia no",
            "para nada", "não posso", "nao posso", "não dá", "nao da", "pas question", "nahi", "nahin", "non$",
            // the thing asked for is taken: "the fellowship hall…, its booked for a funeral that day"
            "its booked for", "it's booked for", "booked that day",
            // "not tonight, her kids", "\"Nel, ese día trabajo.\""
            "not tonight", "not today", "not tomorrow", "not tmrw", "not that day", "not that night", "not that week", "nel$", "\"nel",
            "no chance", "no can do", "no bueno", "as a no", "that's a no", "thats a no",
            // "5 is a stretch. You'll have 3.": the ask as put is too much
            "is a stretch",
            // a head shaken, the thing not theirs, passing it up: "shook her head", "Not really my thing, I get the
            // shakes at a mic", "ehh that one I going pass", "ni loco"
            "shook her head", "shook his head", "shakes her head", "shakes his head", "not really my thing", "not my cup of tea",
            "not really my cup of tea", "going pass$", "gonna pass$", "going to pass$",
            "ni loco$", "not a talker", "dont do speeches", "don't do speeches",
            // a polite pass: "nah I'm good", "he'll sit that one out", "I'm too old for meetings"
            "nah i'm good", "nah im good", "i'm good$", "im good$", "sit that one out", "sitting that one out", "sits that one out",
            "sit it out", "sitting it out", "too old for", "count me out", "count him out", "count her out",
            // what they would rather do, what they are not: "said hed rather be behind the table", "\"I'm not a committee
            // guy\"", "my English is for customers, not microphones", "I'll pass on that one", "not for now"
            "would rather be", "'d rather be", "hed rather be", "shed rather be", "would rather clean",
            // "\"I'm not a committee guy\"" (not "\"I'm not a quitter, give it here\"")
            "\"i'm not a committee", "\"im not a committee", "\"i'm not a meeting", "\"im not a meeting", "\"i'm not a meetings", "\"im not a meetings", "\"i'm not a speaker", "\"im not a speaker", "\"i'm not a joiner", "\"im not a joiner", "\"i'm not a leader", "\"im not a leader", "\"i'm not a public", "\"im not a public", "\"i'm not a people person", "\"im not a people person", "\"i'm not a mic", "\"im not a mic", "\"i'm not a microphone", "\"im not a microphone", "\"i'm not a marcher", "\"im not a marcher", "\"i'm not a camera", "\"im not a camera",
            "not microphones", "not for the microphone", "not for the mic", "pass on that",
            "pass on this", "\"i'll pass", "\"ill pass", "i'll pass$", "ill pass$", "not for now",
            // Chinese, Cantonese and Vietnamese: "bu xing", "bu keyi", "唔得", "khong"
            "bu xing", "buxing", "bu keyi", "bu yao", "bu qu", "不行", "不可以", "唔得", "唔可以", "khong", "không", "khong duoc",
            "không được",
        ])
        add(.yes, [
            // left in her hands, or taken on because someone must: "Deixa comigo", "well somebody's gotta", "shoots, take em"
            "deixa comigo", "\"leave it with me", "\"leave it to me", "somebody's gotta", "someone's gotta", "somebody has to$",
            // a nod, which words after it may turn: "Nodded and put it in her purse", "he just nodded, \"bet, im there\""
            "nodded", "nods",
            "\"take em$",
            "yes", "said yes", "agreed", "agrees", "she's in$", "he's in$", "they're in$", "i'm in$", "is in$",
            "committed", "commits", "signed up", "accepted", "absolutely", "definitely", "for sure", "count me in",
            "happy to", "glad to", "would love to", "she'd love to", "he'd love to", "they'd love to", "shed love to", "hed love to",
            "will come", "she'll come", "he'll come", "they'll come",
            "she'll be there", "he'll be there", "they'll be there", "will be there", "of course", "sure$", "ok$", "okay$",
            "yep", "yeah", "yup", "confirmed", "gladly", "she's down", "he's down", "no problem", "no question",
            "excited to", "eager to", "she'll do it", "he'll do it", "will do it", "she'll host",
            "he'll host", "jumped at", "dijo que si", "dijo que sí", "said si", "she is in$", "he is in$", "si$", "sí$",
            "def$", "deff$", "defo$", "i'm down", "im down", "shes down", "hes down", "totally down", "put me down",
            "cuenta conmigo", "bet$", "haan", "ok fine", "sure thing", "said she would$", "said he would$", "said they would$",
            "said she'd$", "said he'd$", "said they'd$", "you got it", "heck yes", "hell yes",
            "say less", "consider it done", "count him in", "count her in", "count them in", "count us in", "sim$",
            "claro que sim", "que sim", "disse que sim", "will do the", "she'll do the", "he'll do the",
            "shes in$", "hes in$", "theyre in$", "put her down", "put him down", "put them down", "said ok", "said okay",
            "ok if", "okay if", "claro$", "dale$", "simon$", "simón$", "inshallah yes", "is fine$", "'s fine$", "fine by her", "fine by him",
            "im in$", "ok im in",
            // a yes said as what they can do: "\"I can do 20 a week\"", "he can get me 3 by the 31st"; an unquoted "I" is
            // the organizer's
            "\"i can do", "\"i can take", "\"i can get", "can get me", "can get you", "he can do", "she can do", "they can do",
            // Spanish, Portuguese, French and others
            "ahí estaré", "ahi estare", "ahí estoy", "claro que sí", "claro que si", "ya estoy", "va pues", "órale", "orale",
            "con gusto", "cómo no", "como no$", "por supuesto", "com certeza", "pode deixar", "d'accord", "oui", "tamam", "sige",
            // Samoan, Darija, Korean and a plain "I go": "ioe", "wakha", "safi", "machi mochkil", "좋아요", "\"I go. you drive me.\""
            "ioe", "wakha", "\"safi", "machi mochkil", "좋아요", "\"i go",
            // Ukrainian and Russian, and a date put in the phone: "\"tak, konechno\" and put it in her phone right there"
            "\"tak", "konechno", "davai", "put it in her phone", "put it in his phone", "put it in my phone", "\"give it to me",
            "yebo", "wi$", "acha$", "accha$", "acha acha", "thik ache", "thik achhe", "theek hai", "thik hai", "\"i'll be there", "\"ill be there", "sign me up", "\"obviously",
            // how people say "yes" without the word
            "ya$", "yea$", "yah$", "yas$", "fo sho", "for sho", "fosho", "right on$", "can do$", "i can do that",
            "she's willing", "he's willing", "shes willing", "hes willing", "they're willing", "wouldn't miss it", "wouldnt miss it",
            "would not miss it", "won't miss it", "wont miss it", "will not miss it", "i'm there$", "im there$", "no doubt$", "no brainer$", "no-brainer$", "certainly$",
            "she's all in", "he's all in", "shes all in", "hes all in", "i'm all in", "im all in", "they're all in", "down for it", "down to help", "she's game", "he's game", "is game$",
            "count on it", "count on me", "can count on her", "can count on him", "can count on them", "\"i'll get you", "\"ill get you",
            "already started one", "already on it",
            // "200?? fine, by the 20th", "gave me a look, then fine", "send me the words and its done"
            "\"fine$", "then fine", "\"it's done$", "\"its done$",
            // "-> \"I got it.\"", "\"its yours, man.\"", "he rubbed his neck and said fine", "\"We come, all of us.\""
            "\"i got it", "i got it$", "got it covered", "\"it's yours", "\"its yours", "\"we come", "\"i come",
            "we'll be there$", "\"we'll come", "we will be there$", "is easy$", "that's easy$", "thats easy$",
            // "\"ugh fine\" lol", "he said done", "\"on it\"", "she'll have it done by EOD Friday", "would consider it an honor"
            "\"i got u", "\"i got you", "\"bora", "bora$", "lá estarei", "la estarei", "oo naman", "sige po", "\"oo",
            // "-> has a notebook already, will bring it Mon", "\"mañana te los traigo\""
            "will bring it", "will bring them", "'ll bring it", "'ll bring them", "te lo traigo", "te los traigo", "te la traigo",
            "te las traigo",
            // "counting that as a yes", "so that's a yes"
            "as a yes", "that's a yes", "thats a yes",
            "ugh fine", "ugh ok", "ugh okay", "fine fine", "said fine", "said done", "\"done", "\"on it", "i'm on it", "im on it",
            "she's on it", "he's on it", "shes on it", "hes on it", "said bet", "'ll have it done", "will have it done",
            "she'll have it", "he'll have it", "shell have it", "consider it an honor", "be an honor", "be honored", "honored to",
            "ya obvi", "obvi$", "say no more", "easy yes", "duh$",
            // "A: \"all four, I promise you\"": a promise that ends the clause (not "I promise you I can't")
            "i promise you$", "i promise$", "she promised$", "he promised$",
            // the person's own promise, quoted: "\"You know I will.\"", "\"Sawa. I'll do it.\"", "\"I'll go if I have to carry
            // this tank\"", "\"you know I'm going to be there, put my name down\""
            "you know i will", "\"i'll do it", "\"ill do it", "\"i'll go$", "\"ill go$", "\"i'll go if", "\"ill go if", "put my name down",
            "\"i'm going to be there", "\"im going to be there", "\"i'm gonna be there", "\"im gonna be there",
            // "ahi estoy, compa", "je viens, bien sûr", "so I have her down"
            "ahi estoy$", "allí estoy$", "alli estoy$", "allí estaré$", "alli estare$", "aquí estaré$", "aqui estare$", "bien sûr$", "bien sur$",
            "pas de problème$", "pas de probleme$",
            "have her down$", "have him down$", "marked her down$", "marked him down$", "put her name down", "put his name down",
            // the day written down, the things to hand out taken up: "already on my calendar", "wrote it on the calendar
            // by the register", "\"save me a seat, I'm coming\"", "give me a box", "give me 20.", "took a stack"
            "already on my calendar", "already on her calendar", "already on his calendar", "wrote it on the calendar",
            "\"i'm coming$", "\"im coming$", "give me a box", "give me a stack", "give me a pile", "give me a bunch$",
            "give me a handful$", "took a stack", "grabbed a stack", "took a handful", "grabbed a handful",
            // "I been waiting twenty years for somebody to ask me that", "honey I've been waiting for somebody to ask me that"
            "for somebody to ask me", "for someone to ask me", "for anybody to ask me", "for anyone to ask me",
            "been waiting for somebody to ask", "been waiting for someone to ask", "been waiting for anybody to ask",
            "thumbs up", "gave a thumbs up", "gave me a thumbs up", "\"why not", "why not$",
            // taken on because no one else will: "\"who else is gonna do it\"", "she's the admin, who else is going to do it"
            "who else is gonna", "who else is going to", "held out her hand for", "held out his hand for",
            "held her hand out for", "held his hand out for",
            // not the "said no" it opens with: "he said \"no problem\""
            "said no problem", "said no prob", "said no worries", "said no sweat",
            // the person asking for the things to do it with, in their own words: "\"Give me the link.\"", "\"bring me the
            // English one and a pen\"", "\"dame las hojas\""
            "\"give me the", "\"bring me the", "\"dame las", "\"dame los", "\"dame la", "\"dame el",
            // time off arranged for it: "she already put in for the day off"
            "put in for the day off", "put in for that day off", "requested the day off", "took the day off", "got the day off",
            "asked for the day off", "already asked off", "putting in for the day off",
            // a hand shaken on it, the day written down where she will see it: "put out his hand and shook on it", "wrote it
            // on her hand", "put it in her calendar right there"
            "shook on it", "shake on it", "wrote it on her hand", "wrote it on his hand", "put it in her calendar",
            "put it in his calendar", "put it on her calendar", "put it on his calendar", "put it in her planner",
            // already under way, or waiting to be asked: "I already bought the poster board", "finally somebody asked"
            // "he would rather be there than anywhere else": the "rather" of a no, turned
            "would rather be there", "'d rather be there", "hed rather be there", "shed rather be there",
            // "She laughed and said \"you already know.\"", "she goes \"sweet as, send it\""
            "\"you already know", "you already know$", "\"sweet as", "sweet as$",
            "already bought the", "finally somebody asked", "finally someone asked", "finally somebody asks",
            "\"just tell me what time", "just tell me what time", "just tell me when",
            // Chinese (pinyin and characters), Cantonese and Vietnamese: "hao hao", "keyi", "mei wenti", "duoc duoc"
            "hao hao", "hao de", "haode", "keyi", "ke yi", "mei wenti", "meiwenti", "没问题", "可以", "好的", "冇問題", "冇问题",
            "khong sao", "không sao",
            "duoc$", "duoc duoc", "được", "dạ được", "da duoc", "voy a estar", "vamos a estar",
        ])
        add(.yes, (2...100).map { "give me \($0)$" })
        add(nil, [
            "call me back with", "call me back w", "text me back with", "text me back w",
            "make sure", "no one", "no matter", "no more", "no later than", "pass out", "pass along", "passed out", "passed along",
            // a condition of ours to meet, not a no: "fine, just no name", "theek hai but no photos"
            "no name", "no names", "no last name", "but no photos", "but no photo", "but no pictures",
            "been waiting on", "been waiting for", "sure is", "in case", "no longer", "not only", "can't wait", "couldn't be happier", "won't stop", "no idea why",
            "not sure why", "sure that", "sure to", "check in", "let me know if", "if he says", "if she says",
            "if they say", "no doubt", "no brainer",
            // a pause before the answer, not the lack of one: "She didn't answer right away, and at the end she said yes"
            "didn't answer right away", "did not answer right away", "didnt answer right away", "didn't answer at first",
            "did not answer at first", "didnt answer at first", "didn't say at first", "didnt say at first",
            "didn't answer straight away", "did not answer straight away", "didnt answer straight away",
            // "before saying yes or no": no answer either way
            "yes or no", "yes or a no",
            // "She'll do five, maybe more": more than asked, not a hedge
            "maybe more", "maybe even more",
            // "will bring it up w/ her supervisor": raising it, not bringing it
            "will bring it up", "'ll bring it up", "will bring them up",
        ])
        return table
    }()

    /// The first answer in `words`, if any; `range` limits where a cue may start.
    /// `asked`: how many the ask asked for, when it is not in `words` before `start` ("call 5 widows").
    static func response(
        in words: [Word], text: String, from start: Int = 0, restating requests: Set<String> = [], asking asked: Int? = nil
    ) -> Ask.Response? {
        var found = answers(in: words, text: text, from: start, restating: requests)
        // "call 5 widows → hell call 3", "bring 3 testers? said 2 for sure, not 3": fewer than asked is a no to the ask as
        // put, whatever yes comes with it; "10 signatures → he'll get 25" with no answer word takes it up. A hedge
        // keeps its say: "maybe 3 of them".
        if let asked = asked ?? (start > 0 ? askedCount(in: words[..<start], text: text) : nil),
            let offered = offeredCount(in: words, text: text, from: start, asked: asked),
            !found.contains(where: { $0.response == .maybe || $0.response == .pending })
        {
            if offered < asked { return .no }
            if found.isEmpty { return .yes }
        }
        // "He can get 5 maybe, has to check with the steward": a count hedged after it is no yes yet.
        if let first = found.first, first.response == .yes, first.words.lowerBound < words.count, words[first.words.lowerBound].folded == "can",
            found.dropFirst().contains(where: { $0.response == .maybe || $0.response == .no })
        {
            found.removeFirst()
        }
        // "She handed it right back, not ready", "honored to be asked but no", "Not tonight, but Sunday for sure": an answer
        // read from a deed or a loose word gives way to a plain answer the other way after it.
        if let first = found.first, first.response != .pending, isLoose(first.words, in: words, text: text, from: start, restating: requests),
            // "She's on it, the grievance I mean, not the mtg. Didn't answer."
            found.dropFirst().contains(where: { $0.response != first.response && ($0.response != .pending || first.response == .yes) })
        {
            found.removeFirst()
        }
        // "He said text him, he's in": a yes or a no after the word on when to reach them is the answer.
        if let first = found.first, first.response == .maybe, first.words.lowerBound < words.count,
            ["said", "says"].contains(words[first.words.lowerBound].folded),
            found.dropFirst().contains(where: { $0.response == .yes || $0.response == .no })
        {
            found.removeFirst()
        }
        // "she'll sign, maybe", "shell host but not till jan": a hedge or a no after the promise has the last word.
        if let promise = found.first, isPromise(promise.words, in: words, restating: requests),
            // …but "she'll come but can't stay long" is a yes with a limit
            found.dropFirst().contains(where: { $0.response == .maybe || ($0.response == .no && words[$0.words.lowerBound].folded == "not") })
        {
            found.removeFirst()
        }
        // "At first she said no…, but by the time we left she said put her down", "First não…, then ok": an answer
        // said to be the first one gives way to the first one after the last turn.
        // The first answer after the last word past the first answer that `isTurn` marks, and that word.
        func answer(afterLast isTurn: (Int) -> Bool) -> (turn: Int, response: Ask.Response)? {
            guard let opening = found.first, found.count > 1,
                let turn = (opening.words.upperBound..<words.count).last(where: isTurn),
                let after = found.first(where: { $0.words.lowerBound > turn })
            else { return nil }
            return (turn, after.response)
        }
        if let opening = found.first, isFirstOfSeveral(opening.words, in: words),
            let after = answer(afterLast: { turnWords.contains(words[$0].folded) })
        {
            return after.response
        }
        // "no, she works the night before. then texted me b4 I got to my car: \"ok I cook\"", "no, no time. end of
        // convo -> ok ok": time passes between two answers, and the later one is the one that stands.
        // A later no needs to say the mind changed; "yes then said he can't stay past 7" is a yes with a limit.
        if let opening = found.first, let after = answer(afterLast: { timePasses(at: $0, in: words) }),
            after.response == .yes && opening.response != .yes || mindChanged(in: words[after.turn...])
        {
            return after.response
        }
        // "yes but she has to ask the other admin first, so maybe": a verdict after "so" has the last word.
        // "checking with the landlord, but yes": a yes after "but" or "then" has it too; "yes, but she can't drive" stays yes.
        // After a no, "but she'll come and sit in the back" is a smaller offer, not a yes to what was asked; "No, but
        // she'll do it next week" is the same request, later.
        let first = found.first?.response
        let verdict = found.dropFirst().first {
            isVerdict(
                before: $0.words.lowerBound, in: words, turning: $0.response == .yes, afterMaybe: first == .maybe && $0.response == .no,
                afterNo: first == .no && !$0.words.contains { words[$0].folded == "it" })
        }
        // "she said no, flat, … but by the bottom of the thermos shed changed her mind": a no taken back is a yes.
        if verdict == nil, first == .no, let opening = found.first, found.count == 1, mindChanged(in: words[opening.words.upperBound...]) {
            return .yes
        }
        // "said yes, then remembered her son's graduation may be that week": a yes taken back, with no new answer.
        if verdict == nil, first == .yes, let opening = found.first, takenBack(after: opening.words.upperBound, in: words) { return .maybe }
        // "he'll get back to me, wants to see it first", "She'll get back to me, wants to ask Mr. Mizrahi first": the
        // answer put off until something happens.
        if let opening = found.first, words.matches(["get", "back"], at: opening.words.lowerBound),
            found.dropFirst().contains(where: { $0.response == .maybe })
        {
            return .maybe
        }
        // "he has to ask the principal, no answer yet": someone still to ask, and no answer so far. Not "has to check with
        // her husband and call me back", an answer promised once she has.
        if verdict == nil, first == .maybe,
            found.dropFirst().contains(where: { $0.response == .pending && !["get", "call", "text"].contains(words[$0.words.lowerBound].folded) })
        {
            return .pending
        }
        guard let chosen = verdict ?? found.first else {
            // "she'll push it thru the group text", "\"I'll post it\"": with no answer word, the person's own plain
            // promise to do the thing is her yes; only in the ask's own sentence, as a later one may be about something else.
            if start > 0, plainPromise(in: words, text: text, from: start) { return .yes }
            // "-> long as the 4-H is okay with it": terms given with no answer word are a yes on those terms.
            guard start < words.count, ["as", "long", "so", "provided"].contains(words[start].folded),
                let terms = conditionStart(at: start, in: words), terms < words.count
            else { return nil }
            return isUncertain(terms..<min(words.count, terms + 8), in: words) ? .maybe : .yes
        }
        // "she'll call me back sun after bible study", "he'll get back to me by Fri": an answer put off to a day named.
        // "he would get back to me once he had talked it over with Peg": put off until something happens.
        if chosen.response == .pending, chosen.words.lowerBound < words.count, ["get", "call", "text"].contains(words[chosen.words.lowerBound].folded),
            namesDay(after: chosen.words.upperBound, in: words)
                || (chosen.words.upperBound < words.count && ["once", "after", "when"].contains(words[chosen.words.upperBound].folded))
        {
            return .maybe
        }
        // "yes if his boss doesn't put him on a Sat job", "If I'm off that night, yes": a yes that hangs on what
        // no one can promise yet is a maybe. "yes as long as we bring the paper", "yes if there's childcare", "yes if
        // it stays anonymous" are terms we can meet.
        if chosen.response == .yes, let condition = condition(of: chosen.words, in: words, from: start), isUncertain(condition, in: words) {
            return .maybe
        }
        return chosen.response
    }

    /// Whether the person promises to do the thing asked, plainly, from `start` on: "she'll push it thru the group
    /// text", "he will post them", "\"I'll make it\"". Not a hedge ("she'll see", "he'll ask his wife"), a state ("she'll
    /// be at work"), something else ("she'll bring 2", "she'll bring it up w/ her landlord"), or a promise on terms.
    static func plainPromise(in words: [Word], text: String, from start: Int) -> Bool {
        var index = start
        while index < words.count {
            defer { index += 1 }
            var verb = index + 1
            switch words[index].folded {
            case "she'll", "he'll", "shell", "hell": break
            case "she", "he":
                guard verb < words.count, words[verb].folded == "will" else { continue }
                verb += 1
            case "i'll", "ill", "i":
                if words[index].folded == "i" {
                    guard verb < words.count, words[verb].folded == "will" else { continue }
                    verb += 1
                }
                guard opensQuote(before: index, in: words, text: text) || isInsideQuote(index, in: words, text: text) else { continue }
            default: continue
            }
            // "she'll definitely do it", "he'll just bring them"
            while verb + 1 < words.count, ["definitely", "def", "just", "totally", "gladly", "happily", "really", "gonna"].contains(words[verb].folded) { verb += 1 }
            guard verb < words.count else { return false }
            let word = words[verb].folded
            // Written without its apostrophe ("hell", "shell", "ill"), only before a common verb: not "hell no".
            let spelled = words[index].folded.contains("'") || ["she", "he", "i"].contains(words[index].folded)
            // The ask's own thing taken on: "she'll push it thru the group text", "he'll post them", "pics of the frayed
            // ropes? -> he'll send me the pics tonight" (the thing the question opened on, named again); not "she'll bring 2",
            // "she'll sign the letter though", "she'll bring it up w/ her landlord".
            guard promisedDoings.contains(word) && (spelled || CommitmentReader.isCommonVerb(word)), verb + 1 < words.count,
                ["it", "them", "those", "that", "em", "'em"].contains(words[verb + 1].folded) || AskReader.takesThingAsked(opening: words[0], verb: verb, in: words),
                verb + 2 >= words.count || !["up", "over", "back"].contains(words[verb + 2].folded),
                !turnsToFamilyFirst(after: verb, in: words),
                !words[start..<index].contains(where: { ["if", "unless", "whether", "not", "no", "can't", "cant", "won't", "wont", "but", "instead"].contains($0.folded) }),
                // "she'll do Abebe + Lydia but not Tsegay": less than was asked.
                !words[verb...].prefix(8).contains(where: { ["if", "unless", "maybe", "might", "probably", "prob", "depends", "not", "instead"].contains($0.folded) })
            else { return false }
            return true
        }
        return false
    }

    /// The doings an organizer asks for, which after "she'll" promise one: not "she'll work a double", "she'll pass",
    /// "she'll confirm by Mon", "he'll evict her".
    private static let promisedDoings: Set<String> = [
        "bring", "post", "share", "push", "pass", "hand", "print", "make", "cook", "bake", "host", "drive", "sign", "recruit",
        "invite", "put", "translate", "lead", "speak", "testify", "cover", "donate", "lend", "send", "forward", "spread",
        "collect", "gather", "knock", "canvass", "table", "wear", "write", "film", "photograph", "organize", "round", "swap",
        "show", "set", "get", "grab", "hang", "tape", "deliver", "carry", "announce", "sew", "paint", "build",
        "join", "walk", "march", "chair", "emcee", "interpret", "phone",
    ]

    /// Whether a day follows right at `index`: "sun", "by Fri", "on the 3rd", "tomorrow", "next week".
    private static func namesDay(after index: Int, in words: [Word]) -> Bool {
        var index = index
        if index < words.count, ["by", "on", "before"].contains(words[index].folded) { index += 1 }
        guard index < words.count else { return false }
        if words[index].folded.first?.isNumber == true { return true }
        switch DateKeyword.lookup(words[index].folded) {
        case .weekday?, .relativeDay?, .tonight?, .next?, .this?, .end?, .eod?, .eow?, .month?: return true
        case .the?: return index + 1 < words.count && words[index + 1].folded.first?.isNumber == true
        default: return false
        }
    }

    /// The words of the condition a yes at `span` is given on: right after it ("yes if her son can drive", "ok if
    /// its the anonymous link", "yes, as long as no court booking"), or opening its clause before it ("If I'm off
    /// that night, yes"). Up to eight words, to the clause's end.
    private static func condition(of span: Range<Int>, in words: [Word], from start: Int) -> Range<Int>? {
        func condition(at index: Int) -> Int? { conditionStart(at: index, in: words) }
        let after = span.isEmpty ? nil : words[span.upperBound - 1].folded == "if" ? span.upperBound : condition(at: span.upperBound)
        if let after, after < words.count { return after..<min(words.count, after + 8) }
        guard let opening = (max(start, span.lowerBound - 8)..<span.lowerBound).first(where: { $0 == start || ($0 > 0 && words[$0 - 1].folded == "said") }),
            let first = condition(at: opening), first < span.lowerBound
        else { return nil }
        return first..<span.lowerBound
    }

    /// Where the condition opened by the word at `index` starts: after "if", "provided", "unless", "(as) long as".
    private static func conditionStart(at index: Int, in words: [Word]) -> Int? {
        guard index < words.count else { return nil }
        switch words[index].folded {
        case "if", "provided", "unless": return index + 1
        case "as" where words.matches(["as", "long", "as"], at: index): return index + 3
        case "long" where words.matches(["long", "as"], at: index): return index + 2
        case "so" where words.matches(["so", "long", "as"], at: index): return index + 3
        default: return nil
        }
    }

    /// Whether a condition is one no one can promise yet: a shift, a boss, the weather, someone else's say ("if
    /// hes not on mandatory", "if my mom says ok", "if her son can drive"). One our side meets is not: "if we
    /// bring…", "if somebody covers her run", "if it rains we move inside".
    private static func isUncertain(_ condition: Range<Int>, in words: [Word]) -> Bool {
        let folded = condition.map { words[$0].folded }
        if folded.contains(where: { ourSide.contains($0) }) { return false }
        // "yes if her husband can keep the kids": someone at home has the say; "as long as his son can come too" is terms.
        let opensWithIf = condition.lowerBound > 0 && ["if", "unless"].contains(words[condition.lowerBound - 1].folded)
        if folded.contains(where: { uncertainties.contains($0) }) || (opensWithIf && condition.contains { Lexicon.relations.contains(words[$0].stem) }) {
            return true
        }
        // "yes if she's not floated that day", "yes, if her knees are good that week": the person's own state or
        // circumstances, which she cannot promise; not "if her name stays off it", terms we can keep.
        guard opensWithIf, let first = folded.first else { return false }
        let second = folded.dropFirst().first ?? ""
        if folded.contains(where: changesToHers.contains), folded.contains(where: { ["her", "his", "she", "he", "she's", "he's"].contains($0) }) {
            return true
        }
        // …and in her own words: "\"if I'm not mandated I'm there\""
        if ["she's", "he's", "shes", "hes", "she", "he", "i'm", "im"].contains(first), ["not", "isn't", "isnt", "doesn't", "doesnt", "gets", "feels"].contains(second) {
            return true
        }
        return ["her", "his"].contains(first) && ownState.contains(second)
            && folded.dropFirst(2).prefix(2).contains { ["is", "are", "isn't", "aren't", "doesn't", "don't", "lets", "let", "moves"].contains($0) }
    }
    /// What of hers a yes may hang on that no one can promise: "if her knees are good", "if her agency doesn't move her".
    private static let ownState: Set<String> = [
        "knees", "knee", "back", "health", "hip", "hips", "eyes", "legs", "leg", "feet", "foot", "arm", "pressure", "sugar",
        "schedule", "shift", "hours", "job", "agency", "boss", "manager", "supervisor", "car", "truck", "kids", "baby", "mom",
    ]
    /// Conditions the organizer's side can meet: "if we bring…", "as long as somebody rides w/ her", "if I help".
    private static let ourSide: Set<String> = [
        "we", "we'll", "well", "us", "i", "you", "u", "someone", "somebody", "anyone", "anybody", "y'all",
    ]
    private static let uncertainties: Set<String> = [
        "off", "shift", "shifts", "mandatory", "schedule", "sched", "works", "working", "boss", "manager", "double", "overtime",
        "rain", "rains", "raining", "weather", "snow", "snows", "snowing", "storm", "says", "lets", "allows", "approves",
        "agrees", "okay", "ok", "cover", "covers", "booking", "booked", "available", "free", "sick", "feeling", "finds",
        "catch", "drive", "drives", "call", "calls", "called", "night", "nights", "stuck", "clears", "clear",
        // "yes if the troupe dont need them that day", "yes if it doesn't get rained out"
        "need", "needs", "rained",
    ]
    /// Changes to her own work a yes may hang on: "yes if her lab section gets moved", "yes if they don't put her on
    /// doubles again"; only with her in the condition ("yes if the mtg is moved to after 6" is ours to meet).
    private static let changesToHers: Set<String> = ["moved", "changed", "switched", "swapped", "posts", "posted", "doubles"]

    /// Every answer cue in `words` from `start` on, in order, with the words it spans: "aides yes, hall no"
    /// gives yes then no.
    /// `requests`: the verbs the ask opens its requests with. A promise to do one of them, in the same words, is a
    /// yes: "asked her to sign the petition + get the techs to sign. she'll sign, techs prob", "he'll host".
    static func answers(in words: [Word], text: String, from start: Int = 0, restating requests: Set<String> = []) -> [(response: Ask.Response, words: Range<Int>)] {
        var index = start
        var found: [(response: Ask.Response, words: Range<Int>)] = []
        // "-> ✅ see you there": a sign where the answer opens.
        // Right after the ask with no arrow, a sign may tick something else ("chair the Feb mtg ✅ (room booked) — he
        // said he'd think about it"): a plain answer the other way after it has the last word.
        var unmarkedSign = false
        if start > 0, start < words.count {
            let opening = gap(before: start, in: words, text: text)
            if let response = emojiAnswer(in: opening, afterAsk: true) {
                found.append((response, start..<start))
                unmarkedSign = emojiAnswer(in: opening) == nil
            } else if plusMark(opening) {
                found.append((.yes, start..<start))
                unmarkedSign = true
            } else if let (response, after) = slackSign(at: start, in: words, text: text) {
                // "- go on record for the Kotaku piece? :x: \"not while im on a 6 mo contract\"": a chat app's sign, by name.
                found.append((response, start..<after))
                unmarkedSign = true
                index = after
            }
        }
        while index < words.count {
            if !requests.isEmpty, let promise = promise(at: index, in: words, restating: requests)
                ?? quotedPromise(at: index, in: words, text: text, restating: requests)
            {
                found.append((.yes, index..<promise))
                index = promise
                continue
            }
            // "\"si no llueve, alli estoy\"", "si no nos ponen a pizcar ese día, sí": "if not …" opening the answer, then
            // what she will do. Not "Si, no hay problema" (a yes), "que si no viene…".
            if let end = spanishCondition(at: index, in: words, text: text) {
                found.append((.maybe, index..<end))
                index = end
                continue
            }
            // "Not with his knees, but he will send Tyler with the truck": a no to the ask as put, and something else
            // offered instead (her commitment). Not "Not with the kids, but she will come by herself", the ask itself.
            if !requests.isEmpty, let offer = otherOffer(at: index, from: start, in: words, text: text, restating: requests) {
                found.append((.no, index..<index + 1))
                index = offer
                continue
            }
            // "\"send me the picture, it's up tonight\"": her reply asks for the thing and says it will be done.
            if let end = handOver(at: index, in: words, text: text) {
                found.append((.yes, index..<end))
                index = end
                continue
            }
            // "-> signed on the spot", "handed it right over", "she just grabbed like 50 flyers": done there and then.
            if let done = doneOnTheSpot(at: index, from: start, in: words, restating: requests) {
                found.append((.yes, index..<done))
                index = done
                continue
            }
            // The answer put off to a day the person names: "she said text her sunday, shell know by then", "said to
            // check w/ him after service".
            if let putOff = CommitmentReader.reachAgainVerb(afterSaid: index, in: words) {
                found.append((.maybe, index..<putOff.end))
                index = putOff.end
                continue
            }
            // "she can get eight of the morning drivers there easy", "he can bring 5": a count of what was asked is a yes.
            // Only the person's own count: not "her sister can bring 10 tamales", "I can get 5".
            if ["can"].contains(words[index].folded), index + 2 < words.count, ["get", "bring", "do"].contains(words[index + 1].folded),
                words[index + 2].folded.first?.isNumber == true || countWords.contains(words[index + 2].folded),
                index == 0 || ["she", "he", "shes", "hes", "said", "says"].contains(words[index - 1].folded),
                // not time off: "she can get 2 days off but not the 3rd"
                index + 3 >= words.count || !["day", "days", "hours", "hrs", "weeks", "wks", "times", "minutes", "mins", "shifts"].contains(words[index + 3].folded)
            {
                found.append((.yes, index..<index + 3))
                index += 3
                continue
            }
            // "\"Ten? Easy.\"", "\"five? you'll have fifteen by Monday\"": the count asked for, echoed as a question and
            // taken up, is a yes.
            if let end = countTakenUp(at: index, from: start, in: words, text: text) {
                found.append((.yes, index..<end))
                index = end
                continue
            }
            // "not 4, she'll do 1:1s w/ Norma + Itzel", "Not ten. Five I can sign up": a counter-offer says no to the ask as
            // put (the offer is her commitment).
            if let offer = counterOffer(at: index, from: start, in: words, text: text) {
                found.append((.no, index..<offer))
                index = offer
                continue
            }
            if let cue = cue(at: index, in: words, text: text) {
                if let response = cue.response { found.append((response, index..<index + cue.words.count)) }
                index += cue.words.count
                continue
            }
            index += 1
        }
        // "-> 👍": an answer given as a sign after the last word, up to the end of its line.
        if let last = words.last, start == words.count {
            let rest = text[last.range.upperBound...].prefix { $0 != "\n" && !$0.isLetter }
            if let response = emojiAnswer(in: rest) ?? (plusMark(rest, atEnd: true) ? .yes : nil) { found.append((response, words.count..<words.count)) }
        }
        if unmarkedSign, let sign = found.first, found.dropFirst().contains(where: { $0.response != sign.response && $0.response != .pending }) {
            found.removeFirst()
        }
        return found
    }

    /// "- ask: get on the phone tree +", "…Fri morning +  \"baby I'm out here anyway\"": a plus after the ask, alone or
    /// before the person's words, marks a yes in a shorthand where "+" is yes; not "chairs + tables", which joins.
    /// `atEnd`: the gap runs to the end of the line, so nothing need follow the plus.
    static func plusMark(_ gap: Substring, atEnd: Bool = false) -> Bool {
        // "recruit 20+" counts; the mark stands apart from the last word
        guard let first = gap.first, first == " " || first == "\t" else { return false }
        let trimmed = gap.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "+" else { return false }
        let after = trimmed.dropFirst()
        if atEnd { return after.allSatisfy { $0 == " " || $0 == "\t" || $0 == "." } }
        return after.first == " " && after.drop { $0 == " " }.first.map { "\"“".contains($0) } == true
    }

    /// A chat app's sign written by name where the answer opens, ":white_check_mark:", ":x:", ":thumbsup:", and the
    /// index of the first word after it.
    private static func slackSign(at start: Int, in words: [Word], text: String) -> (Ask.Response, Int)? {
        // ":+1:" and ":-1:", the thumbs by their other names
        let opening = gap(before: start, in: words, text: text)
        let sign = opening.hasSuffix(":+") ? "+" : opening.hasSuffix(":-") ? "-" : ""
        guard opening.hasSuffix(":") || !sign.isEmpty else { return nil }
        var last = start
        while last + 1 < words.count, gap(before: last + 1, in: words, text: text) == "_" { last += 1 }
        guard last + 1 >= words.count || gap(before: last + 1, in: words, text: text).hasPrefix(":")
            || text[words[last].range.upperBound...].hasPrefix(":") else { return nil }
        let name = sign + words[start...last].map(\.folded).joined(separator: "_")
        let response: Ask.Response
        switch name {
        case "white_check_mark", "heavy_check_mark", "ballot_box_with_check", "thumbsup", "100", "ok_hand", "raised_hands", "+1": response = .yes
        case "x", "thumbsdown", "-1", "no_entry", "no_entry_sign", "no_good", "negative_squared_cross_mark": response = .no
        case "thinking_face", "shrug", "man_shrugging", "woman_shrugging", "thinking": response = .maybe
        default: return nil
        }
        return (response, last + 1)
    }

    /// Whether `scalar` is a sign an answer opens with: 👍 ✅ 💯 👌 👎 ❌ 🙅 🤔 🤷, and ❓ ❔ for none yet.
    static func isAnswerSign(_ scalar: Unicode.Scalar) -> Bool {
        signAnswers[scalar] != nil || scalar == "\u{2753}" || scalar == "\u{2754}"
    }

    /// The answer each sign gives: 👍 ✅ 💯 👌 yes, 👎 ❌ 🙅 no, 🤔 🤷 maybe.
    private static let signAnswers: [Unicode.Scalar: Ask.Response] = [
        "\u{1F44D}": .yes, "\u{2705}": .yes, "\u{1F4AF}": .yes, "\u{1F44C}": .yes,
        "\u{1F44E}": .no, "\u{274C}": .no, "\u{1F645}": .no,
        "\u{1F914}": .maybe, "\u{1F937}": .maybe,
    ]

    /// The answer a sign gives where an answer opens, after an arrow, a colon or a dash ("-> 👍"). A sign anywhere else
    /// ("Heat ❌ since Oct", a ticked "✅") is no answer. With `afterAsk`, right after the ask a sign opens the answer
    /// with no mark before it: "- host a town hall at the Grange? ✅ any night", "letter to the editor ❌ \"I don't do
    /// writing\"".
    private static func emojiAnswer(in gap: Substring, afterAsk: Bool = false) -> Ask.Response? {
        let opening = gap.firstIndex { !" ?.".contains($0) }
        let mark = gap.firstIndex(where: { ">:→–—=".contains($0) })
            ?? (afterAsk ? opening.flatMap { gap[$0].unicodeScalars.first!.value >= 0x2700 ? $0 : nil } : nil)
        guard let mark else { return nil }
        for scalar in gap[mark...].unicodeScalars where scalar.value >= 0x2700 {
            if let response = signAnswers[scalar] { return response }
        }
        return nil
    }

    /// "so maybe", "so that is a maybe", "so it's a no", "said actually to put her down", "now maybe", "então sim".
    /// `turning`: a later yes may turn the first with "then" or "but"; `afterMaybe`: a no after a maybe with "then"
    /// ("deixa eu ver, then no, too busy"), not with "but" ("she'll think about it, but not this month").
    private static func isVerdict(before index: Int, in words: [Word], turning: Bool, afterMaybe: Bool = false, afterNo: Bool) -> Bool {
        // "so I'll walk it with her Tues. thats a yes.": the organizer's own summing up.
        if index >= 2, words[index - 1].folded == "a",
            summingUp.contains(words[index - 2].folded) || (words[index - 2].folded == "is" && index >= 3 && ["it", "that"].contains(words[index - 3].folded))
        {
            return true
        }
        for back in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            let word = words[back].folded
            if ["so", "actually", "então", "entao", "entonces"].contains(word) { return true }
            // "yes, then remembered the game, now maybe"; not "not now, ask again after tax season", "for now", or "off
            // work now, no kids at home"
            if word == "now", back == index - 1, back == 0 || !["not", "right", "for", "till", "until", "by", "from", "just", "work", "citizen"].contains(words[back - 1].folded) {
                return true
            }
            // "checking with the landlord, but yes", "ask me after, then said yes"; "no at first, then ok", but not
            // "said no, but she will come to the first meeting".
            if turning, word == "then" || (word == "but" && !afterNo) { return true }
            if afterMaybe, word == "then" { return true }
            // "\"claro\" but only if he's not on the schedule": a condition no one can promise has the last word;
            // "yes but only if somebody rides with her" is a yes on terms we can meet.
            if word == "but", back == index - 1, index + 1 < words.count, words[index].folded == "only", words[index + 1].folded == "if",
                isUncertain((index + 2)..<min(words.count, index + 10), in: words)
            {
                return true
            }
            if !["that", "is", "it's", "that's", "a", "its", "thats", "to", "said", "she", "he", "it", "call", "was", "be", "just"].contains(word) {
                return false
            }
        }
        return false
    }

    /// "At first she said no", "First não", "She said yes at first", "She first said yes": the answer at `span` is told
    /// as the first of several. The answer that counts is the first one after the last turn ("then", "but", "later").
    private static func isFirstOfSeveral(_ span: Range<Int>, in words: [Word]) -> Bool {
        let before = words[max(0, span.lowerBound - 4)..<span.lowerBound].map(\.folded)
        let after = words[span.upperBound..<min(words.count, span.upperBound + 2)].map(\.folded)
        return before.contains("first") || after.starts(with: ["at", "first"]) || after.first == "first"
    }
    /// "not 4" opening an answer's clause, with less offered after it ("she'll do 2", "Five I can sign up") or
    /// nothing more said; returns the index after the count. Not "not 100% sure", "lives not 2 blocks away", "wants 3
    /// mins not 2", or "Not 1 but 2" (more than asked).
    private static func counterOffer(at index: Int, from start: Int, in words: [Word], text: String) -> Int? {
        let opensClause = opensAnswerClause(at: index, from: start, in: words, text: text)
        // "\"Ten? I can get you six.\"": the count asked for, echoed as a question, then less offered.
        if opensClause, let asked = count(words[index].folded), index + 1 < words.count,
            Self.gap(before: index + 1, in: words, text: text).contains("?"),
            let offered = words[(index + 1)..<min(words.count, index + 8)].lazy.compactMap({ count($0.folded) }).first, offered < asked
        {
            return index + 1
        }
        guard opensClause, words[index].folded == "not", index + 1 < words.count else { return nil }
        // "Not all four, …, but she will bring the two Yazzie households": less offered after a "but". ("Not with the
        // kids, but she will come by herself" says how she will, so "with" is no counter-offer.)
        // Not "Not all of them know yet but she's in", "Not all at once, but she will do them over Dec": "not all" and
        // its count stand alone before the comma.
        let allAlone = words[index + 1].folded == "all" && index + 2 < words.count
            && (count(words[index + 2].folded) != nil || words[index + 2].folded == "of") && (2...4).contains { index + $0 < words.count
            && Self.gap(before: index + $0, in: words, text: text).contains(where: { ",.;—–".contains($0) }) }
        if allAlone,
            let but = words[(index + 2)..<min(words.count, index + 16)].firstIndex(where: { $0.folded == "but" }), but + 1 < words.count,
            ["she", "he", "she'll", "he'll", "shell", "hell", "they", "they'll", "will", "she's", "he's"].contains(words[but + 1].folded)
        {
            return index + 2
        }
        guard let asked = count(words[index + 1].folded) else { return nil }
        if index + 2 == words.count { return index + 2 }
        if measures.contains(words[index + 2].folded) || Self.gap(before: index + 2, in: words, text: text).contains("%") {
            return nil
        }
        let after = words[(index + 2)..<min(words.count, index + 12)]
        if let offered = after.lazy.compactMap({ count($0.folded) }).first { return offered < asked ? index + 2 : nil }
        return after.contains(where: { offerWords.contains($0.folded) }) ? index + 2 : nil
    }

    /// "\"Ten? Easy.\"", "\"easy. 25? I get 50\"", "\"five? you'll have fifteen by Monday\"": a count echoed as a question
    /// where an answer's clause opens, then "easy" or as many or more promised in the person's own quoted words.
    /// Returns the index after what takes it up. Not "\"Ten? I can get you six\"" (less: a counter-offer), "\"10? no
    /// way\"", "\"five? easy for you to say\"", or a count and an offer in the organizer's own words.
    private static func countTakenUp(at index: Int, from start: Int, in words: [Word], text: String) -> Int? {
        guard let asked = count(words[index].folded), index + 1 < words.count, opensAnswerClause(at: index, from: start, in: words, text: text),
            opensQuote(before: index, in: words, text: text) || isInsideQuote(index, in: words, text: text),
            gap(before: index + 1, in: words, text: text).contains("?"), !quotedBySomeoneElse(before: index, in: words)
        else { return nil }
        let next = index + 1
        // "Ten? Easy." with the clause closed after it; not "easy for you to say", "easy?? lol no", or 'She said "ten?"
        // Easy, I told her' (the organizer's word, after the quote).
        if words[next].folded == "easy", isInsideQuote(next, in: words, text: text) {
            let rest = text[words[next].range.upperBound...]
            let questioned = rest.prefix { !$0.isLetter && !$0.isNumber }.contains("?")
            // "\"Ten? Easy. But not this week\"": a turn later in the quote leaves it open.
            let quoteRest = Word.words(in: rest.prefix { !"\"”".contains($0) }).map(\.folded)
            guard !quoteRest.contains(where: { ["but", "not", "no", "can't", "cant", "won't", "wont", "never", "hard", "except"].contains($0) })
            else { return nil }
            return endsClause(after: next, in: words, text: text) && !questioned ? next + 1 : nil
        }
        // "you'll have fifteen", "I get 50", "baby I'll get you 50": a promise of at least the count asked.
        var word = next
        if !["i", "i'll", "ill", "you'll", "youll"].contains(words[word].folded) { word += 1 }
        guard word + 1 < words.count, ["i", "i'll", "ill", "you'll", "youll"].contains(words[word].folded), isInsideQuote(word, in: words, text: text)
        else { return nil }
        var verb = word + 1
        if words[word].folded == "i", ["will", "can"].contains(words[verb].folded) { verb += 1 }
        guard verb + 1 < words.count, ["get", "have", "bring", "do", "find", "sign", "collect"].contains(words[verb].folded) else { return nil }
        var offered = verb + 1
        if ["you", "u", "ya", "us"].contains(words[offered].folded) { offered += 1 }
        guard offered < words.count, let promised = count(words[offered].folded), promised >= asked,
            // the count itself, closing its clause or due by a day: not "I have 5 kids", "I get 7 hours of sleep"
            offered + 1 == words.count || endsClause(after: offered, in: words, text: text) || namesDay(after: offered + 1, in: words)
        else { return nil }
        return offered + 1
    }

    /// Whether the quote that word `index` opens or sits in is someone else's: the organizer's ('I said "ten?…"',
    /// 'told her "…"') or a relative's or coworker's ('Her son piped up "10? easy"').
    private static func quotedBySomeoneElse(before index: Int, in words: [Word]) -> Bool {
        let before = words[max(0, index - 6)..<index]
        return before.contains { word in
            word.folded == "told" || Lexicon.relations.contains(word.stem)
        } || zip(before, before.dropFirst()).contains { $0.folded == "i" && ["said", "say", "asked"].contains($1.folded) }
    }

    /// Where a Spanish "si no …," condition that opens a clause ends: after its comma, when what follows is no "no".
    private static func spanishCondition(at index: Int, in words: [Word], text: String) -> Int? {
        guard words[index].folded == "si", index + 2 < words.count, words[index + 1].folded == "no",
            gap(before: index + 1, in: words, text: text) == " ", index == 0 || words[index - 1].folded != "que"
        else { return nil }
        guard let comma = (index + 3..<min(words.count, index + 9)).first(where: { gap(before: $0, in: words, text: text).contains(",") }),
            !["no", "nada"].contains(words[comma].folded)
        else { return nil }
        return comma
    }

    /// Where a "not …, but she will <verb>" offering another deed than the one asked for ends, when a "not" opens the
    /// answer's clause and refuses the ask as put ("Not with his knees", "Not on TV", "Not speaking"): after the verb.
    /// Not a feeling or a doubt before a yes ("Not thrilled, but she'll come", "Not 100%, but he'll try").
    private static func otherOffer(at index: Int, from start: Int, in words: [Word], text: String, restating requests: Set<String>) -> Int? {
        guard words[index].folded == "not", index + 2 < words.count else { return nil }
        let how = words[index + 1].folded
        guard ["with", "on", "in", "this", "that", "every"].contains(how) || (how == "at" && words[index + 2].folded != "first")
            || (how.count > 5 && how.hasSuffix("ing") && !["promising", "willing"].contains(how))
        else { return nil }
        guard opensAnswerClause(at: index, from: start, in: words, text: text), let but = words[(index + 1)..<min(words.count, index + 9)].firstIndex(where: { $0.folded == "but" }) else { return nil }
        var verb = but + 1
        guard verb < words.count, ["she", "he", "they", "she'll", "he'll", "they'll", "shell", "hell"].contains(words[verb].folded) else { return nil }
        verb += 1
        if verb < words.count, ["will", "would", "can", "could"].contains(words[verb].folded) { verb += 1 }
        guard verb < words.count, CommitmentReader.isCommonVerb(words[verb].folded), !requests.contains(verbStem(words[verb].folded)),
            // "but she'll come late", "but he'll be there": being there is the ask, however she words it
            !["come", "go", "be", "show", "attend", "make", "try", "think", "let", "see", "have", "need"].contains(words[verb].folded),
            // "but she will do them over Dec": the same thing, done another way
            verb + 1 == words.count || !["it", "them", "that", "those"].contains(words[verb + 1].folded)
        else { return nil }
        return verb + 1
    }

    /// Whether word `index` opens a clause of the answer: its first word, after "said", or after a mark.
    private static func opensAnswerClause(at index: Int, from start: Int, in words: [Word], text: String) -> Bool {
        index == start || ["said", "says"].contains(words[index - 1].folded)
            || gap(before: index, in: words, text: text).contains(where: { ",.;:>—–\"(“".contains($0) })
    }

    /// The text between word `index` and the word before it; `index` must be past the first word.
    private static func gap(before index: Int, in words: [Word], text: String) -> Substring {
        text[words[index - 1].range.upperBound..<words[index].range.lowerBound]
    }

    /// A count as digits or a word: "4", "ten".
    private static func count(_ word: String) -> Int? {
        Int(word) ?? countValues[word]
    }
    static let countValues: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]
    /// Numbers written as words, as a count said in answer.
    private static let countWords = Set(countValues.keys)
    /// Words after a number that make it a measure, not a count of what was asked: "not 5 min away", "not 100 pct sure".
    private static let measures: Set<String> = [
        "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "block", "blocks", "bit", "pct", "percent", "am", "pm",
        "miles", "mi", "feet", "ft", "sure", "days", "weeks", "wks", "years", "yrs", "dollars", "bucks",
    ]

    /// Words that bring in what the person offers instead: "but", "she'll", "I can", "you'll have".
    private static let offerWords: Set<String> = ["but", "she'll", "he'll", "shell", "hell", "i'll", "ill", "can", "you'll", "youll", "instead"]

    /// "thats a yes", "it's a maybe": the organizer's word for the answer.
    private static let summingUp: Set<String> = ["thats", "that's", "its", "it's"]
    private static let turnWords: Set<String> = ["then", "but", "later", "finally", "eventually", "now", "então", "entonces", "depois", "después", "despues"]

    /// The answer of a short sentence that sums up, or of one that tells the person changing theirs after time
    /// passed: "Then as I was getting in the car he called after me that Jens already said fine, so it's a yes",
    /// "Texted me an hr later \"ok im in\"",
    /// "By the end she said put her down". A yes counts; a no or a hedge only when it says the mind changed ("after
    /// all", "changed her mind"), so "Then she said she can't stay long" takes nothing back.
    static func laterAnswer(in words: [Word], text: String) -> Ask.Response? {
        // "thats a yes.", "So a maybe.": the organizer sums up.
        if words.count <= 5, ["thats", "that's", "so"].contains(words.first?.folded ?? ""), words.contains(where: { $0.folded == "a" }) {
            return response(in: words, text: text)
        }
        let opening = words.prefix(6).indices
        guard opening.contains(where: { timePasses(at: $0, in: words) || (words[$0].folded == "then" && $0 == 0) })
            || ["texted", "called", "messaged", "emailed"].contains(words.first?.folded ?? "")
        else { return nil }
        // Someone else's word, another topic, or a smaller offer: "Then her husband came in and said yes", "Later
        // told me her son is in the union, yes", "yes to bringing her neighbors tho", "agreed to at least sign".
        let folded = words.map(\.folded)
        // "…that Jens already said fine, so it's a yes": the organizer sums up, whoever spoke.
        let summed = zip(folded, folded.dropFirst()).contains { summingUp.contains($0.0) && $0.1 == "a" }
        if !summed, words.dropFirst().contains(where: { $0.isCapitalized && !["i", "i'm", "im", "ok", "okay"].contains($0.folded) })
            || words.contains(where: { Lexicon.relations.contains($0.stem) })
            || folded.contains(where: { ["told", "talked", "talking", "about", "abt", "least", "instead", "who"].contains($0) })
        {
            return nil
        }
        let found = answers(in: words, text: text)
        if let answer = found.first, answer.words.upperBound < words.count, ["to", "for", "on"].contains(words[answer.words.upperBound].folded) { return nil }
        guard let response = self.response(in: words, text: text) else { return nil }
        return response == .yes || mindChanged(in: words[...]) ? response : nil
    }

    /// "after all", "changed her mind", "backed out": the earlier answer no longer holds.
    private static func mindChanged(in words: ArraySlice<Word>) -> Bool {
        let folded = words.map(\.folded)
        return zip(folded, folded.dropFirst()).contains { pair in
            pair == ("after", "all") || (pair.0 == "changed" && ["her", "his", "their"].contains(pair.1)) || pair == ("backed", "out")
        }
    }

    /// The end of a promise at `index` that restates a request: "she'll sign", "he will bring them"; not "she'll sign
    /// if…", a condition, nor "they'll bring food", whoever they are.
    private static func promise(at index: Int, in words: [Word], restating requests: Set<String>) -> Int? {
        var verb = index + 1
        switch words[index].folded {
        // "hell sign": an unapostrophized "he'll" only before the ask's own verb
        case "she'll", "he'll", "shell", "hell": break
        // "she's signing it tonight": the promise under way
        case "she's", "he's", "shes", "hes":
            // not "he's driving for Uber that day", "she's calling her sister first"
            guard verb + 1 < words.count, words[verb].folded.hasSuffix("ing"), requests.contains(verbStem(words[verb].folded)),
                ["it", "them", "that", "those", "one"].contains(words[verb + 1].folded), !turnsToFamilyFirst(after: verb, in: words)
            else { return nil }
            return verb + 1
        case "she", "he":
            guard verb < words.count, ["will", "'ll"].contains(words[verb].folded) else { return nil }
            verb += 1
        default: return nil
        }
        // "he'll swap w/ his cousin and come", "she'll switch shifts and come": a shift cleared, then the ask's own verb.
        if verb < words.count, ["swap", "switch", "trade", "cover"].contains(words[verb].folded),
            let and = words[(verb + 1)...].prefix(5).firstIndex(where: { $0.folded == "and" }), and + 1 < words.count,
            requests.contains(verbStem(words[and + 1].folded)),
            !words[verb..<and].contains(where: { ["if", "unless", "maybe", "not", "but", "or", "prob", "probably", "either"].contains($0.folded) }),
            // not "…and come to the next one", "…and come back to me", "…and come Sunday instead"
            !words[(and + 2)...].prefix(6).contains(where: { ["back", "tell", "next", "instead", "after", "other", "if", "unless", "maybe"].contains($0.folded) })
        {
            return and + 2
        }
        // Not "she'll see", "she'll talk to her husband first", "she'll get back to me": a hedge, whatever was asked.
        guard verb < words.count, requests.contains(verbStem(words[verb].folded)) else { return nil }
        // "she'll ask her husband first" hedges; "Would she ask Councilmember Liang…? She'll ask him" restates the ask.
        if ["see", "think", "try"].contains(words[verb].folded) { return nil }
        if ["talk", "ask"].contains(words[verb].folded), turnsToFamilyFirst(after: verb, in: words) { return nil }
        if verb + 1 < words.count, words[verb + 1].folded == "back" || promiseConditions.contains(words[verb + 1].folded) { return nil }
        return verb + 1
    }

    /// An answer given by doing what was asked on the spot: "-> signed", "she signed it right there" (the ask's own verb,
    /// in the past), "handed it right over", "took a stack of flyers", "already taped it up", "did it while we sat there",
    /// "went and got the shoebox". Only where an answer opens, or after the person: not "she took the bus", "did not".
    /// Returns the index after the words that say it.
    private static func doneOnTheSpot(at index: Int, from start: Int, in words: [Word], restating requests: Set<String>) -> Int? {
        var verb = index
        if ["just", "already"].contains(words[verb].folded), verb + 1 < words.count { verb += 1 }
        let opensAnswer = index == start && start > 0
        guard opensAnswer || (index > 0 && ["she", "he", "they", "and"].contains(words[index - 1].folded)) else { return nil }
        // "he already gave me 4 receipts" in a later sentence tells what he did before; right after the arrow it answers.
        if words[index].folded == "already", !opensAnswer { return nil }
        let word = words[verb].folded
        let next = verb + 1 < words.count ? words[verb + 1].folded : ""
        // "did it last year", "signed one in 2019", "handed it right back", "joined the PTA instead", "took 2 days off",
        // "texted his wife": a deed of another time, or not what was asked.
        let after = words[(verb + 1)..<min(words.count, verb + 6)].map(\.folded)
        if after.contains(where: { ["last", "ago", "once", "before", "yesterday", "back", "instead", "off", "never", "previously"].contains($0) || (Int($0).map { (1950...2030).contains($0) } ?? false) })
            // "emailed them in Sept": a month after the deed puts it in the past.
            || after.prefix(3).contains(where: { DateKeyword.isMonth($0) || Lexicon.relations.contains(Word.stem(of: $0)) })
        {
            return nil
        }
        // the ask's own verb, done: "signed", "posted it", "shared it in the chat"; not "she changed the subject"
        if word.hasSuffix("ed"), !notDoing.contains(word),
            [String(word.dropLast(2)), String(word.dropLast())].contains(where: { requests.contains(verbStem($0)) })
        {
            return verb + 1
        }
        switch word {
        case "signed" where opensAnswer || words[index].folded == "already": return verb + 1
        case "handed", "gave":
            // "handed it right over", "gave me the lease"
            return ["it", "them", "me", "us", "over", "right"].contains(next) ? verb + 2 : nil
        case "took", "grabbed":
            // "took a stack", "grabbed like 50 flyers"; not "took the bus", "took a while"
            let object = ["a", "like", "the", "some"].contains(next) && verb + 2 < words.count ? words[verb + 2].folded : next
            guard object.first?.isNumber == true || handfuls.contains(object)
                || ["stack", "pile", "bunch", "handful", "them", "flyers", "forms", "cards", "sheets", "buttons", "signs", "packets", "copies", "pen", "clipboard"].contains(object)
            else { return nil }
            return verb + 2
        case "did" where next == "it": return verb + 2
        case "went" where next == "and" && verb + 3 < words.count && ["got", "grabbed", "signed", "did"].contains(words[verb + 2].folded)
            && ["it", "them", "the", "a", "his", "her"].contains(words[verb + 3].folded):
            return verb + 3
        default:
            // "already taped it up", "already posted"
            guard words[index].folded == "already", verb > index, word.hasSuffix("ed") else { return nil }
            return verb + 1
        }
    }

    /// Answer words that a plain answer after them overrules: a deed done on the spot, and the looser words.
    private static func isLoose(_ span: Range<Int>, in words: [Word], text: String, from start: Int, restating requests: Set<String>) -> Bool {
        guard !span.isEmpty else { return false }
        if doneOnTheSpot(at: span.lowerBound, from: start, in: words, restating: requests) == span.upperBound { return true }
        // "\"Ten? Easy. But not this week\"": a count taken up gives way to a plain answer the other way after it.
        if countTakenUp(at: span.lowerBound, from: start, in: words, text: text) == span.upperBound { return true }
        return looseCues.contains(words[span].map(\.folded).joined(separator: " "))
    }
    private static let looseCues: Set<String> = [
        // a gesture or a shrugging word, which what is said after it outweighs: "shook her head at the price, then said sure"
        "shook her head", "shook his head", "shakes her head", "shakes his head", "somebody's gotta", "someone's gotta",
        "not really my thing", "not my cup of tea", "not really my cup of tea", "not a talker", "somebody has to",
        "leave it with me", "leave it to me", "dont do speeches", "don't do speeches",
        "nodded", "nods",
        // a hedging sound before the answer: "ehh that one I going pass"
        "ehh", "eh",
        "ugh fine", "said done", "done", "on it", "honored to", "be honored", "be an honor", "consider it an honor", "said bet",
        "not tonight", "not today", "not tomorrow", "not tmrw", "not that day", "not that night", "not that week", "fine fine",
        "give me till", "give me til", "give me until",
        // a reply that asks for the things, or hands the work to the young, or sets it aside as not theirs: "\"give me the
        // flyers\" ... \"and I'll think about it\"", "let the young guys march, he'll do the grill"
        "give me the", "bring me the", "not his kind of", "not her kind of", "not my kind of", "for you young", "for the young",
        "to the young", "let the young", "let the younger", "thumbs up", "held out her hand for", "held out his hand for",
        "held her hand out for", "held his hand out for",
        "give me some time", "give me a few days", "give me a day", "give me a week", "give me time", "not this one",
        "still thinking", "who else is gonna", "who else is going to", "not my scene",
        // what they are not, what they would rather, a hand shaken, the day written down, work under way: "\"I'm not a
        // talker, but ok\"", "shook on it, then said he'd have to check the schedule"
        "i'm not a committee", "im not a committee", "i'm not a meeting", "im not a meeting", "i'm not a meetings", "im not a meetings", "i'm not a speaker", "im not a speaker", "i'm not a joiner", "im not a joiner", "i'm not a leader", "im not a leader", "i'm not a public", "im not a public", "i'm not a people person", "im not a people person", "i'm not a mic", "im not a mic", "i'm not a microphone", "im not a microphone", "i'm not a marcher", "im not a marcher", "i'm not a camera", "im not a camera",
        "would rather be", "'d rather be", "hed rather be", "shed rather be", "shook on it", "not for now",
        "shake on it", "wrote it on her hand", "wrote it on his hand", "put it in her calendar", "put it in his calendar",
        "already bought the",
        // words of assent or refusal in Hindi and Bengali that a clause after them may turn: "acha, let me check with my
        // wife first", "arre na bhai, of course I'll talk"
        "acha", "accha", "acha acha", "thik ache", "thik achhe", "theek hai", "thik hai", "na bhai", "nah bhai",
    ]

    /// How many flyers or forms a person takes on the spot: "took ten flyers", "grabbed some".
    private static let handfuls: Set<String> = ["two", "three", "four", "five", "six", "ten", "twenty", "fifty", "dozen", "some", "several"]

    /// Past verbs that tell how the talk went, not a thing done: "she changed the subject", "he laughed".
    private static let notDoing: Set<String> = [
        "changed", "laughed", "shrugged", "sighed", "paused", "hesitated", "ended", "started", "stopped", "needed", "wanted",
        "asked", "talked", "seemed", "looked", "moved", "answered", "replied", "responded", "decided",
    ]

    /// Words right after a promise's verb that hang it on something: "she'll sign if…", "I'll host once…".
    private static let promiseConditions: Set<String> = ["if", "once", "when", "after", "unless", "only", "as", "next"]

    /// "…calling her sister first", "ask her husband": a relative or "first" within four words after the verb at `verb`.
    private static func turnsToFamilyFirst(after verb: Int, in words: [Word]) -> Bool {
        words[(verb + 1)..<min(words.count, verb + 5)].contains(where: { Lexicon.relations.contains($0.stem) || $0.folded == "first" })
    }

    /// "\"I'll host. the 4-H kids can set chairs\"", "\"I'll buy one\"": the person's own quoted promise in the ask's
    /// words. An "I'll" outside quotes is the organizer's.
    private static func quotedPromise(at index: Int, in words: [Word], text: String, restating requests: Set<String>) -> Int? {
        // "\"I'll sign\"", and as people new to English say it, "\"I sign\"", "send it, I post it"; "\"I will host\""
        var verb = index + 1
        if words[index].folded == "i", verb < words.count, words[verb].folded == "will" { verb += 1 }
        guard ["i'll", "ill", "i"].contains(words[index].folded), verb < words.count,
            opensQuote(before: index, in: words, text: text) || isInsideQuote(index, in: words, text: text),
            requests.contains(verbStem(words[verb].folded)) || requests.contains(words[verb].folded)
        else { return nil }
        // A bare "I sign", "I post it" is a promise only when it ends there: not "I sign the lease every year", "I post
        // pictures of my grandkids".
        if words[index].folded == "i" {
            var end = verb + 1
            if end < words.count, ["it", "them", "that"].contains(words[end].folded) { end += 1 }
            guard end == words.count || endsClause(after: end - 1, in: words, text: text) else { return nil }
        }
        // 'I said "I'll bring the flyers to her door then."', 'Told her "I'll come get you"': the organizer's quote.
        let before = words[max(0, index - 3)..<index].map(\.folded)
        if before.contains("told") || zip(before, before.dropFirst()).contains(where: { $0 == ("i", "said") || $0 == ("i", "told") }) { return nil }
        if verb + 1 < words.count, promiseConditions.contains(words[verb + 1].folded) { return nil }
        return verb + 1
    }

    /// Whether the answer at `span` is a promise that restates one of `requests`.
    static func isPromise(_ span: Range<Int>, in words: [Word], restating requests: Set<String>) -> Bool {
        !requests.isEmpty && !span.isEmpty && promise(at: span.lowerBound, in: words, restating: requests) == span.upperBound
    }

    /// "speaking" and "speak", "hosting" and "host", "driving" and "drive": a request's verb as a promise says it.
    static func verbStem(_ word: String) -> String {
        guard word.count > 5, word.hasSuffix("ing") else { return word.hasSuffix("e") && word.count > 3 ? String(word.dropLast()) : word }
        return String(word.dropLast(3))
    }

    /// "later", "finally", "in the end", "by the time we got to his bike", "end of convo", "an hour later": the talk
    /// moved on at word `index`. A bare "then" counts only before a new act of the person's ("then texted", "then
    /// laughed and said"), not "then she'll see".
    private static func timePasses(at index: Int, in words: [Word]) -> Bool {
        let word = words[index].folded
        let next = index + 1 < words.count ? words[index + 1].folded : ""
        let previous = index > 0 ? words[index - 1].folded : ""
        switch word {
        case "later", "finally", "eventually", "afterwards", "afterward": return true
        // "in the end", "at the end", "end of convo"; not "end of Dec"
        case "end": return (next == "of" && index + 2 < words.count && talkWords.contains(words[index + 2].folded)) || (previous == "the" && index > 1 && ["in", "at"].contains(words[index - 2].folded) && next != "of")
        case "time": return previous == "the" && index > 1 && words[index - 2].folded == "by"
        case "then": return actsAgain.contains(next) || (["she", "he", "they"].contains(next) && index + 2 < words.count && actsAgain.contains(words[index + 2].folded))
        default: return false
        }
    }
    private static let talkWords: Set<String> = ["convo", "conversation", "call", "talk", "mtg", "meeting", "visit", "1:1", "night", "it"]
    private static let actsAgain: Set<String> = [
        "texted", "called", "came", "laughed", "smiled", "sighed", "shrugged", "changed", "turned", "caught", "ran", "messaged",
        "emailed", "wrote", "told", "added", "decided", "agreed", "relented", "caved",
    ]

    /// "yes, then remembered the lounge is booked", "then realized": the yes is taken back right after it is given;
    /// "yes, then remembered she has folding tables we can use" adds to it.
    private static func takenBack(after index: Int, in words: [Word]) -> Bool {
        guard let then = (index..<min(words.count, index + 6)).first(where: { words[$0].folded == "then" }), then + 1 < words.count else { return false }
        let rest = words[(then + 1)...].prefix(8).map(\.folded)
        if rest.contains(where: { ["has", "have", "had", "could", "can", "also", "too", "extra", "bring", "offered"].contains($0) }) { return false }
        return ["remembered", "realized", "realised", "remembers", "realizes", "hesitated", "backtracked", "backpedaled", "wavered"].contains(rest[0])
            || (rest.count > 1 && ["face", "tone"].contains(rest[1]))
    }

    /// Whether an answer cue ("claro", "no way", "prob not") starts at word `index`.
    static func startsAnswer(at index: Int, in words: [Word], text: String) -> Bool {
        cue(at: index, in: words, text: text)?.response != nil
    }

    private static func cue(at index: Int, in words: [Word], text: String) -> Cue? {
        guard let candidates = cues[words[index].folded] ?? spellingVariant(of: words[index].folded).flatMap({ cues[$0] }) else { return nil }
        var best: Cue? = nil
        // The first word may be a variant spelling ("yesss", "absolutley"); the table is keyed by it, so only the rest must match.
        for cue in candidates where words.matches(cue.words.dropFirst(), at: index + 1) {
            // "def 2, maybe 3" and a quoted "\"sure come grab it\"": an answer word that opens the answer or
            // gives a count needs no clause end after it.
            if cue.clauseEnd && !endsClause(after: index + cue.words.count - 1, in: words, text: text)
                && !(cue.words.count == 1 && (opensQuote(before: index, in: words, text: text) || countFollows(index, in: words, text: text))
                    && !answerLaterInClause(after: index, in: words, text: text))
            {
                continue
            }
            // "Her landlord shook his head", "shook her head at the rent notice": someone else's head, or shaken at
            // something else. Only the person's own, closing its clause or opening the answer.
            if ["shook", "shakes"].contains(cue.words[0]), index > 0, !gap(before: index, in: words, text: text).contains(where: { ",.;:>—–→".contains($0) }) {
                // whose head: the nearest word before it that names someone, past "just", "kind of", "immediately"
                let named = words[max(0, index - 4)..<index].last { word in
                    !["just", "kind", "sort", "of", "immediately", "only", "and", "then", "but", "slowly", "quickly", "also"].contains(word.folded)
                }
                if let named, Lexicon.relations.contains(named.stem) || ["super", "guy", "lady", "owner"].contains(named.folded) {
                    continue
                }
            }
            // "paid the fine.", "a $50 fine": a penalty, not an answer.
            if cue.words == ["fine"], index > 0, ["a", "the", "her", "his", "their", "that"].contains(words[index - 1].folded) || gap(before: index, in: words, text: text).contains("$") {
                continue
            }
            if cue.quoted && !opensQuote(before: index, in: words, text: text) && !isInsideQuote(index, in: words, text: text) { continue }
            // "\"I go. you drive me.\"" answers; "\"…, thats where I go.\"" tells where she goes.
            if cue.words == ["i", "go"], !opensQuote(before: index, in: words, text: text) { continue }
            // "said no, problem with her shift": "no problem" is one answer only when nothing stands between its words.
            if cue.words.starts(with: ["said", "no"]), cue.words.count > 2, gap(before: index + 2, in: words, text: text).contains(",") { continue }
            if best == nil || cue.words.count > best!.words.count { best = cue }
        }
        return best
    }

    /// Answer words a hurried hand stretches: "yesss", "noooo", "okk", "sureee", "hmmm".
    private static let stretchable: [String: String] = [
        "yes": "yes", "no": "no", "ok": "ok", "okay": "okay", "sure": "sure", "nah": "nah", "naw": "naw", "yeah": "yeah",
        "yea": "yea", "yup": "yup", "yep": "yep", "nope": "nope", "def": "def", "maybe": "maybe", "eh": "ehh", "meh": "meh",
        "hm": "hmm", "ya": "ya", "yas": "yas",
    ]

    /// Misspellings too far from the word for one slip of the finger.
    private static let misspellings: [String: String] = [
        "probly": "probably", "probbly": "probably", "probobly": "probably", "definatly": "definitely", "definetly": "definitely",
        "definitly": "definitely", "defintely": "definitely", "maby": "maybe", "mabye": "maybe", "mayb": "maybe", "mayby": "maybe",
    ]

    /// Long answer words that one slip of the finger leaves recognisable ("absolutley", "definately", "commited"),
    /// by first letter, spelled out once so that the look-up on every word builds nothing.
    private static let slipTargets: [Character: [[Character]]] = {
        var targets: Set<String> = []
        for cue in cues.values.joined() where cue.words.count == 1 && cue.response != nil && !cue.clauseEnd && !cue.quoted {
            let word = String(cue.words[0])
            if word.count >= 8 && word.allSatisfy(\.isLetter) { targets.insert(word) }
        }
        return Dictionary(grouping: targets.sorted().map(Array.init), by: { $0[0] })
    }()

    /// Real words one slip away from an answer word: "committee" is not "committed".
    private static let notSlips: Set<String> = [
        "committee", "committees", "committe", "decline", "reclined", "conformed", "excepted", "accented", "certainty", "possible",
    ]

    /// The answer word `word` is a variant spelling of, if any: stretched letters squeezed, a known misspelling,
    /// or one letter added, dropped, changed or swapped in a long answer word.
    static func spellingVariant(of word: String) -> String? {
        if let known = misspellings[word] { return known }
        let letters = Array(word)
        if letters.indices.dropFirst().contains(where: { letters[$0] == letters[$0 - 1] }) {
            var squeezed = ""
            for character in letters where character != squeezed.last { squeezed.append(character) }
            if let answer = stretchable[squeezed] { return answer }
        }
        guard letters.count >= 7, let first = letters.first, let candidates = slipTargets[first], !notSlips.contains(word),
            word.allSatisfy(\.isLetter)
        else { return nil }
        return candidates.first { abs($0.count - letters.count) <= 1 && isOneSlip(letters, $0) }.map { String($0) }
    }

    /// Whether `a` becomes `b` by one letter added, dropped or changed, or two neighbours swapped.
    private static func isOneSlip(_ a: [Character], _ b: [Character]) -> Bool {
        guard a != b else { return false }
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        let restA = endA - start, restB = endB - start
        if restA + restB == 1 || (restA == 1 && restB == 1) { return true }
        return restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]
    }

    /// "\"send me the picture, it's up tonight\"", "\"give it to me, you'll have it Wednesday\"", "\"send it, I'll pass it
    /// around\"": a quoted reply that opens by asking for the thing and, in the same quote, says it will be done. Not
    /// "\"send me the flyer and I'll think about it\"", "\"send me the landlord's number\"". Returns the index after it.
    private static func handOver(at index: Int, in words: [Word], text: String) -> Int? {
        // "give it to me", "send me the picture"; not "give me till Monday"
        // "\"Leave it by the register and I'll see it gets filled\"", "\"drop them off, I'll hand them out\""
        guard ["send", "give", "leave", "drop", "bring"].contains(words[index].folded), index + 1 < words.count, opensQuote(before: index, in: words, text: text),
            (words[index].folded == "send" ? ["it", "them", "me", "over"] : ["it", "them"]).contains(words[index + 1].folded)
        else { return nil }
        var next = index + 1
        while next < min(words.count, index + 12), isInsideQuote(next, in: words, text: text) {
            let word = words[next].folded
            let after = next + 1 < words.count ? words[next + 1].folded : ""
            switch word {
            case "i'll", "ill":
                // "I'll see it gets filled", "I'll see they get signed" see to it; "I'll see", "I'll see it first" wait.
                let seesToIt = after == "see" && next + 3 < words.count && ["it", "that", "they"].contains(words[next + 2].folded)
                    && ["gets", "get", "goes", "go", "is", "are"].contains(words[next + 3].folded)
                if seesToIt { return next + 2 }
                // After "leave it", "drop it", "bring it", only a doing promised: not "I'll pass", "I'll prob get to it".
                if ["leave", "drop", "bring"].contains(words[index].folded), !promisedDoings.contains(after) || after == "pass" { return nil }
                return answerLater.contains(after) ? nil : next + 2
            case "you'll", "youll": if after == "have" { return next + 2 }
            case "it's", "its", "it'll": if ["up", "done", "out"].contains(after) { return next + 2 }
            default: break
            }
            next += 1
        }
        return nil
    }

    /// After "I'll" in a reply, verbs that put the answer off: "\"send me the flyer and I'll think about it\"".
    private static let answerLater: Set<String> = [
        "think", "see", "check", "look", "ask", "talk", "let", "get", "call", "try", "decide", "pray", "tell", "text", "answer", "know",
    ]

    /// True when an opening quote stands right before word `index`.
    /// "\"30? baby I'll get you 50\"": the word is in the person's own quoted words, though not the first.
    private static func isInsideQuote(_ index: Int, in words: [Word], text: String) -> Bool {
        text[text.startIndex..<words[index].range.lowerBound].leavesQuoteOpen()
    }

    private static func opensQuote(before index: Int, in words: [Word], text: String) -> Bool {
        let isQuote = { (character: Character) in "\"“".contains(character) }
        if index > 0 { return gap(before: index, in: words, text: text).contains(where: isQuote) }
        // The first word: only the marks just before it, not the whole text before its sentence.
        return text[..<words[index].range.lowerBound].reversed().prefix { !$0.isLetter && !$0.isNumber && $0 != "\n" }.contains(where: isQuote)
    }

    /// "\"Ok I need to check with my husband first\"": another answer in the same clause has the say.
    private static func answerLaterInClause(after index: Int, in words: [Word], text: String) -> Bool {
        var next = index + 1
        while next < words.count, !endsClause(after: next - 1, in: words, text: text) {
            if let candidates = cues[words[next].folded], candidates.contains(where: { $0.response != nil && !$0.clauseEnd && !$0.quoted && words.matches($0.words, at: next) }) {
                return true
            }
            next += 1
        }
        return false
    }

    /// "def 2,", "yes 3.": a count closing its clause right after the answer word.
    private static func countFollows(_ index: Int, in words: [Word], text: String) -> Bool {
        index + 1 < words.count && words[index + 1].folded.allSatisfy(\.isNumber) && endsClause(after: index + 1, in: words, text: text)
    }

    /// True when nothing but punctuation follows word `index` up to the next clause break.
    private static func endsClause(after index: Int, in words: [Word], text: String) -> Bool {
        guard index + 1 < words.count else { return true }
        let gap = Self.gap(before: index + 1, in: words, text: text)
        return gap.contains(where: { ",.;!?—–-)(+".contains($0) }) || words[index + 1].folded == "but"
    }
}
