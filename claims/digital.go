package claims

// Digital units: storage ("16GB", "768 GB", "512 gigabyte", "1TB"),
// processor clocks ("3.7GHz", "2.6 gigahertz") and screen densities ("220
// ppi", "220 pixels per inch"), which reviews and product news state and
// restate. They are measures, with the unit's usual symbol for Unit ("GB",
// "TB", "GHz", "ppi"); "up to 16GB" is an upper bound, as "up to" is
// elsewhere. A figure is compared with those in the same unit only: "1TB"
// and "1,024GB" are written by the same kind of report seldom enough.

// digitalUnits maps each digital unit's symbol to the ways it is written,
// as unitNames does (unitOf).
var digitalUnits = map[string]string{
	"KB":  "kb kilobyte kilobytes",
	"MB":  "mb megabyte megabytes",
	"GB":  "gb gigabyte gigabytes gbyte gbytes",
	"TB":  "tb terabyte terabytes",
	"MHz": "mhz megahertz",
	"GHz": "ghz gigahertz",
	"ppi": "ppi pixels_per_inch pixel_per_inch",
}
