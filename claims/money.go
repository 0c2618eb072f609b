package claims

import "strings"

// Money: an amount with a currency written before it ("US$768 million",
// "USD 767 million", "$ 767 million", "€2 million", "HK$5.99 billion") or
// after it ("1.5bn yuan", "420 million finnish markka", "15-20 usd").
// A bare "$" is the US dollar unless a currency name after the number says
// otherwise.

// dollarPrefixes are the letters written before "$" to say whose dollar.
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "hk": "HKD", "s": "SGD", "sg": "SGD", "a": "AUD", "au": "AUD",
	"c": "CAD", "ca": "CAD", "can": "CAD", "nz": "NZD", "nt": "TWD", "r": "BRL", "mx": "MXN", "mex": "MXN",
}

// signs are currency signs written before the number.
var signs = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
	"₽": "RUB", "₺": "TRY", "₱": "PHP", "₦": "NGN", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "XBT",
}

// isoCodes are the ISO 4217 codes recognized around a number, with the
// non-ISO abbreviations newsrooms use for some of them.
var isoCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
	"hkd": "HKD", "sgd": "SGD", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "chf": "CHF",
	"inr": "INR", "krw": "KRW", "rub": "RUB", "brl": "BRL", "mxn": "MXN", "zar": "ZAR",
	"sek": "SEK", "nok": "NOK", "dkk": "DKK", "twd": "TWD", "try": "TRY", "pln": "PLN",
	"thb": "THB", "idr": "IDR", "myr": "MYR", "php": "PHP", "vnd": "VND", "aed": "AED",
	"sar": "SAR", "ils": "ILS", "egp": "EGP", "ngn": "NGN", "kes": "KES", "pkr": "PKR",
	"huf": "HUF", "czk": "CZK", "ars": "ARS", "clp": "CLP", "cop": "COP", "pen": "PEN",
	"rs": "INR", "dm": "DEM", "fim": "FIM", "frf": "FRF", "dem": "DEM", "kwd": "KWD",
	"btc": "XBT", "xbt": "XBT",
}

// currencyNames maps a currency's name, singular and without qualifiers, to
// its code; qualified maps "hong kong dollar" and the like.
var currencyNames = map[string]string{
	"dollar": "USD", "buck": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "won": "KRW",
	"rouble": "RUB", "ruble": "RUB", "franc": "CHF", "peso": "MXN", "real": "BRL",
	"rand": "ZAR", "lira": "TRY", "krona": "SEK", "krone": "NOK", "markka": "FIM",
	"mark": "DEM", "deutschmark": "DEM", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
	"dirham": "AED", "riyal": "SAR", "shekel": "ILS", "naira": "NGN", "shilling": "KES",
	"zloty": "PLN", "forint": "HUF", "dong": "VND", "dinar": "KWD", "koruna": "CZK",
	"escudo": "PTE", "peseta": "ESP", "lire": "ITL", "drachma": "GRD", "guilder": "NLG",
	"bitcoin": "XBT", "kwacha": "ZMW", "cedi": "GHS", "birr": "ETB", "taka": "BDT",
	"元": "CNY", "ரூ": "LKR",
	// "crown" is the English name of the krona, krone and koruna: without
	// its country it names no one currency, and is its own unit, compared
	// only with crowns.
	"crown": "crown",
}

var qualifiedCurrencies = map[string]string{
	"us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "united states dollar": "USD",
	"hong kong dollar": "HKD", "singapore dollar": "SGD", "australian dollar": "AUD",
	"canadian dollar": "CAD", "new zealand dollar": "NZD", "taiwan dollar": "TWD",
	"new taiwan dollar": "TWD", "pound sterling": "GBP", "british pound": "GBP",
	"egyptian pound": "EGP", "japanese yen": "JPY", "chinese yuan": "CNY",
	"indian rupee": "INR", "pakistani rupee": "PKR", "sri lankan rupee": "LKR",
	"south korean won": "KRW", "korean won": "KRW", "russian ruble": "RUB", "russian rouble": "RUB",
	"swiss franc": "CHF", "french franc": "FRF", "belgian franc": "BEF", "mexican peso": "MXN",
	"philippine peso": "PHP", "argentine peso": "ARS", "chilean peso": "CLP", "colombian peso": "COP",
	"brazilian real": "BRL", "south african rand": "ZAR", "turkish lira": "TRY", "italian lira": "ITL",
	"swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "finnish markka": "FIM",
	"german mark": "DEM", "deutsche mark": "DEM", "malaysian ringgit": "MYR", "thai baht": "THB",
	"indonesian rupiah": "IDR", "uae dirham": "AED", "saudi riyal": "SAR", "israeli shekel": "ILS",
	"nigerian naira": "NGN", "kenyan shilling": "KES", "polish zloty": "PLN", "hungarian forint": "HUF",
	"vietnamese dong": "VND", "kuwaiti dinar": "KWD", "iraqi dinar": "IQD", "jordanian dinar": "JOD",
	"czech koruna": "CZK", "swedish crown": "SEK", "norwegian crown": "NOK", "danish crown": "DKK",
	"czech crown": "CZK", "icelandic crown": "ISK", "estonian crown": "EEK", "slovak crown": "SKK", "zambian kwacha": "ZMW", "bangladeshi taka": "BDT", "ghanaian cedi": "GHS",
	"brunei dollar": "BND", "jamaican dollar": "JMD", "liberian dollar": "LRD", "fijian dollar": "FJD",
	"dutch guilder": "NLG", "zimbabwe dollar": "ZWD", "zimbabwean dollar": "ZWD", "namibian dollar": "NAD", "belize dollar": "BZD",
}

// subunits are hundredths of a currency: "50 cents", "20 pence".
var subunits = map[string]string{
	"cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "p": "GBP",
	"kopek": "RUB", "kopeks": "RUB", "paise": "INR", "centavo": "MXN", "centavos": "MXN",
	"satoshi": "XBT", "satoshis": "XBT",
}

// currencyBefore reports the currency written at toks[i] before a number,
// the factor it puts on the number (1e6 for "MAUD") and how many tokens it
// takes.
func currencyBefore(toks []token, i int) (code string, factor float64, n int) {
	if i >= len(toks) {
		return "", 0, 0
	}
	t := &toks[i]
	if t.kind == tSymbol {
		if code, ok := signs[t.text]; ok {
			return code, 1, 1
		}
		return "", 0, 0
	}
	if t.kind != tWord || i+1 >= len(toks) {
		return "", 0, 0
	}
	// "US$", "HK$", "C$", "usd$", and in newswire "us $", "hk $".
	if next := &toks[i+1]; next.text == "$" {
		code, ok := dollarPrefixes[t.lower]
		if !ok && next.adjacent() {
			code, ok = isoCodes[t.lower]
		}
		if ok && (next.adjacent() || len(t.lower) > 1 || t.lower == "c") {
			return code, 1, 2
		}
	}
	// "U.S.$", "u.s $"
	if i+3 < len(toks) && t.lower == "u" && toks[i+1].text == "." && toks[i+2].lower == "s" {
		k := i + 3
		if toks[k].text == "." {
			k++
		}
		if k < len(toks) && toks[k].text == "$" {
			return "USD", 1, k + 1 - i
		}
	}
	// "USD 767 million", "Rs 500", "RMB 10 billion", "MAUD 60": codes before a number.
	code, factor, ok := isoCode(t)
	if ok && (isUpperCase(t.text) || t.lower == "rs") {
		switch next := toks[i+1]; {
		case next.kind == tNumber:
			return code, factor, 1
		case next.text == "." && t.lower == "rs" && i+2 < len(toks) && toks[i+2].kind == tNumber:
			return code, factor, 2
		}
	}
	// The Associated Press writes the euro's name before the figure, glued
	// to it: "euro30 billion".
	if t.lower == "euro" && toks[i+1].kind == tNumber && toks[i+1].adjacent() {
		return "EUR", 1, 1
	}
	return "", 0, 0
}

// isoCode reads an ISO code, or one written with an "M" for millions
// ("MUSD", "MEUR").
func isoCode(t *token) (string, float64, bool) {
	if c, ok := lookup(isoCodesFilter, isoCodes, t.lower); ok {
		return c, 1, true
	}
	if len(t.text) == 4 && t.text[0] == 'M' && isUpperCase(t.text) {
		if c, ok := isoCodes[t.lower[1:]]; ok {
			return c, 1e6, true
		}
	}
	return "", 0, false
}

// currencyAfter reports a currency named after a number at toks[i]: "usd",
// "yuan", "hong kong dollars", "cents", "€", "-cent"; with the factor it
// puts on the number (0.01 for cents, 1e6 for "MUSD") and how many tokens
// it takes.
func currencyAfter(toks []token, i int) (code string, factor float64, n int) {
	if i >= len(toks) {
		return "", 0, 0
	}
	// "10 €", "10 $" (but the "$" of "1 $10" is the next amount's).
	if t := &toks[i]; t.kind == tSymbol {
		if c, ok := signs[t.text]; ok && !(i+1 < len(toks) && toks[i+1].kind == tNumber && toks[i+1].adjacent()) {
			return c, 1, 1
		}
		return "", 0, 0
	}
	if toks[i].kind != tWord {
		// "a 12-cent dividend", "a one-yen bid": a hyphen is no word, and
		// the words, most of the tokens here, are not compared with it.
		if toks[i].text == "-" && toks[i].adjacent() && i+1 < len(toks) && toks[i+1].adjacent() {
			if c, f, n := currencyAfter(toks, i+1); n == 1 && toks[i+1].kind == tWord {
				return c, f, 2
			}
		}
		return "", 0, 0
	}
	if letterFollows(toks, i) {
		return "", 0, 0
	}
	w := toks[i].lower
	// Most words after a number begin no code, subunit or name of a
	// currency: one filter of all the words that may (currencyAfterFilter)
	// tells them, where each way was asked of them in turn.
	if !currencyAfterFilter.mayHold(w) && !(len(toks[i].text) == 4 && toks[i].text[0] == 'M') {
		return "", 0, 0 // no code written with an "M" for millions either (isoCode)
	}
	if c, f, ok := isoCode(&toks[i]); ok && w != "rs" && w != "try" && w != "pen" && w != "cop" && w != "dm" {
		return c, f, 1
	}
	if c, ok := lookup(subunitsFilter, subunits, w); ok && w != "p" {
		f := 0.01
		if c == "XBT" {
			f = 1e-8
		}
		return c, f, 1
	}
	// Up to two qualifiers: "hong kong dollars", "finnish markka", "us dollars".
	for q := 2; q >= 0; q-- {
		if i+q >= len(toks) {
			continue
		}
		name, ok := currencyName(toks[i+q].lower)
		if !ok {
			continue
		}
		words := make([]string, 0, q+1)
		okWords := true
		for k := i; k < i+q; k++ {
			if toks[k].kind != tWord {
				okWords = false
				break
			}
			words = append(words, toks[k].lower)
		}
		if !okWords {
			continue
		}
		words = append(words, name)
		if c, ok := qualifiedCurrencies[strings.Join(words, " ")]; ok {
			return c, 1, q + 1
		}
		if q == 0 {
			c := currencyNames[name]
			if name == "pound" && !poundIsMoney(toks, i) {
				return "", 0, 0
			}
			if name == "crown" && !crownIsMoney(toks, i) {
				return "", 0, 0
			}
			if name == "real" || name == "mark" || name == "won" || name == "rand" {
				// Common words: only after a scaled amount or in plural forms.
				if !(i > 0 && isScaleWord(toks[i-1].lower)) && toks[i].lower != "reais" && toks[i].lower != "marks" {
					return "", 0, 0
				}
			}
			return c, 1, 1
		}
	}
	return "", 0, 0
}

// currencyAfterFilter lets by every word that currencyAfter reads at the
// word after a number: a code (isoCode), a subunit, the name of a currency
// (currencyName) and the first word of a qualified one ("hong kong
// dollars").
var currencyAfterFilter = func() *wordFilter {
	f := filterOf(isoCodes, subunits, currencyNames, currencyPlurals)
	for w := range currencyNames {
		f.add(w + "s")
	}
	for phrase := range qualifiedCurrencies {
		first, _, _ := strings.Cut(phrase, " ")
		f.add(first)
	}
	return f
}()

// currencyPlurals are the plurals of currency names that are not the name
// and an "s".
var currencyPlurals = map[string]string{
	"reais": "real", "kronor": "krona", "kroner": "krone", "markkaa": "markka", "lire": "lire", "rupees": "rupee",
}

// currencyName reduces a plural currency name to its singular form.
func currencyName(w string) (string, bool) {
	if !currencyWordsFilter.mayHold(w) {
		return "", false // most words after a number
	}
	if name, ok := lookup(currencyPluralsFilter, currencyPlurals, w); ok {
		return name, true
	}
	if _, ok := lookup(currencyNamesFilter, currencyNames, w); ok {
		return w, true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		if _, ok := lookup(currencyNamesFilter, currencyNames, s); ok {
			return s, true
		}
	}
	return "", false
}

// crownIsMoney tells crowns that are money ("20,000 crowns", "a
// 20,000-crown bonus", "21 million crowns") from a king's crown, a tooth's
// or a champion's ("won three crowns"): money when scaled or after a figure
// in digits of at least three ("500 crowns"). The number is toks[i-1], or
// toks[i-2] before a hyphen.
func crownIsMoney(toks []token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].text == "-" {
		k--
	}
	if k < 0 {
		return false
	}
	if isScaleWord(toks[k].lower) {
		return true
	}
	digits := 0
	for _, r := range toks[k].text {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return toks[k].kind == tNumber && digits >= 3
}

// poundIsMoney tells "£"-pounds from weight: money when scaled ("5 million
// pounds") or followed by "sterling".
func poundIsMoney(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].lower == "sterling" {
		return true
	}
	return i > 0 && isScaleWord(toks[i-1].lower)
}

func isScaleWord(w string) bool {
	if _, ok := scales[w]; ok && w != "hundred" {
		return true
	}
	_, ok := suffixes[w]
	return ok
}
