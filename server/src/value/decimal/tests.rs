//! Tests of decoding, encoding, comparison and conversion; the arithmetic
//! tests are in `tests/arith.rs`.

use super::*;
use std::cmp::Ordering::{self, Equal, Greater, Less};

fn dec(s: &str) -> Decimal {
    Decimal::from(s.parse::<Decimal128>().expect(s))
}

fn finite(negative: bool, coefficient: u128, exponent: i32) -> Decimal {
    Decimal::Finite {
        negative,
        coefficient,
        exponent,
    }
}

/// Bits of a first-form finite value.
fn bits(negative: bool, coefficient: u128, exponent: i32) -> u128 {
    ((negative as u128) << 127) | (((exponent + EXPONENT_BIAS) as u128) << 113) | coefficient
}

#[test]
fn decodes_known_bit_patterns() {
    let cases: &[(u128, Decimal)] = &[
        (
            0x3040_0000_0000_0000_0000_0000_0000_0000,
            finite(false, 0, 0),
        ),
        (
            0xB040_0000_0000_0000_0000_0000_0000_0000,
            finite(true, 0, 0),
        ),
        (
            0x3040_0000_0000_0000_0000_0000_0000_0001,
            finite(false, 1, 0),
        ),
        (
            0xB040_0000_0000_0000_0000_0000_0000_0001,
            finite(true, 1, 0),
        ),
        (
            0x303E_0000_0000_0000_0000_0000_0000_000A,
            finite(false, 10, -1),
        ),
        // 1E+6144, clamped: 10^33 × 10^6111.
        (
            0x5FFE_314D_C644_8D93_38C1_5B0A_0000_0000,
            finite(false, 10u128.pow(33), 6111),
        ),
        // Smallest subnormal, 1E-6176.
        (
            0x0000_0000_0000_0000_0000_0000_0000_0001,
            finite(false, 1, -6176),
        ),
        // Largest: 9.999…9E+6144.
        (
            0x5FFF_ED09_BEAD_87C0_378D_8E63_FFFF_FFFF,
            finite(false, MAX_COEFFICIENT, 6111),
        ),
        (
            0xDFFF_ED09_BEAD_87C0_378D_8E63_FFFF_FFFF,
            finite(true, MAX_COEFFICIENT, 6111),
        ),
        (0x7C00_0000_0000_0000_0000_0000_0000_0000, Decimal::NaN),
        (0xFC00_0000_0000_0000_0000_0000_0000_0000, Decimal::NaN),
        (0x7E00_0000_0000_0000_0000_0000_0000_0000, Decimal::NaN),
        (0x7C00_0000_0000_0000_0000_0000_0000_0012, Decimal::NaN),
        (
            0x7800_0000_0000_0000_0000_0000_0000_0000,
            Decimal::Infinity { negative: false },
        ),
        (
            0xF800_0000_0000_0000_0000_0000_0000_0000,
            Decimal::Infinity { negative: true },
        ),
        // Infinity ignores the rest of the bits.
        (
            0x7800_0000_0000_0000_0000_0000_0000_1234,
            Decimal::Infinity { negative: false },
        ),
        // Non-canonical first form: coefficient 10^34 reads as zero.
        (
            0x3041_ED09_BEAD_87C0_378D_8E64_0000_0000,
            finite(false, 0, 0),
        ),
        // Largest 113-bit coefficient, non-canonical too.
        (
            0x3041_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF,
            finite(false, 0, 0),
        ),
        // Second form (bits 126..125 = 11): exponent in bits 124..111
        // (here 0x1820 = 6176, so 0), implied coefficient ≥ 2^113, which
        // is never canonical: zero.
        (
            0x6C10_0000_0000_0000_0000_0000_0000_0000,
            finite(false, 0, 0),
        ),
        (
            0xEC10_0000_0000_0000_0000_0000_0000_0001,
            finite(true, 0, 0),
        ),
        (
            0x6000_0000_0000_0000_0000_0000_0000_0000,
            finite(false, 0, -6176),
        ),
        // Exponent bits 0x2FFF (the largest) in the second form.
        (
            0x77FF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF,
            finite(false, 0, 6111),
        ),
    ];
    for (b, want) in cases {
        assert_eq!(Decimal::from_bits(*b), *want, "{b:#034x}");
        let via_bson = Decimal::from(Decimal128::from_bytes(b.to_le_bytes()));
        assert_eq!(via_bson, *want, "{b:#034x} through bson bytes");
    }
}

#[test]
fn decoding_agrees_with_bson_parsing() {
    let cases = [
        ("0", bits(false, 0, 0)),
        ("-0", bits(true, 0, 0)),
        ("1", bits(false, 1, 0)),
        ("1.0", bits(false, 10, -1)),
        ("-1.00", bits(true, 100, -2)),
        ("0.1", bits(false, 1, -1)),
        ("1E-6176", bits(false, 1, -6176)),
        ("1E+6111", bits(false, 1, 6111)),
        (
            "12345678901234567890123456789012.34",
            bits(false, 1_234_567_890_123_456_789_012_345_678_901_234, -2),
        ),
        (
            "9.999999999999999999999999999999999E+6144",
            bits(false, MAX_COEFFICIENT, 6111),
        ),
    ];
    for (s, b) in cases {
        assert_eq!(dec(s), Decimal::from_bits(b), "{s}");
        assert_eq!(
            u128::from_le_bytes(s.parse::<Decimal128>().unwrap().bytes()),
            b,
            "{s}"
        );
    }
    assert!(dec("NaN").is_nan());
    assert!(dec("-NaN").is_nan());
    assert_eq!(dec("-Infinity"), Decimal::Infinity { negative: true });
}

fn assert_order(ordered: &[&str]) {
    for (i, a) in ordered.iter().enumerate() {
        for (j, b) in ordered.iter().enumerate() {
            assert_eq!(dec(a).cmp_decimal(&dec(b)), i.cmp(&j), "{a} vs {b}");
        }
    }
}

#[test]
fn decimals_order_exactly() {
    assert_order(&[
        "NaN",
        "-Infinity",
        "-9.999999999999999999999999999999999E+6144",
        "-1E+10",
        "-9999999999.999999999999999999999999",
        "-9E+9",
        "-1",
        "-0.9999999999999999999999999999999999",
        "-1E-6176",
        "0",
        "1E-6176",
        "2E-6176",
        "9999999999999999999999999999999999E-6176",
        "1E-6142",
        "0.1",
        "0.1000000000000000000000000000000001",
        "1",
        "1.000000000000000000000000000000001",
        "9999999999999999999999999999999999",
        "1E+34",
        "1E+6143",
        "9.999999999999999999999999999999999E+6143",
        "1E+6144",
        "9.999999999999999999999999999999999E+6144",
        "Infinity",
    ]);
}

#[test]
fn equal_values_in_different_forms() {
    let groups: &[&[&str]] = &[
        &["0", "-0", "0E-6176", "0E+6111", "-0.000"],
        &[
            "1",
            "1.0",
            "1.00",
            "0.001E3",
            "1E0",
            "1.000000000000000000000000000000000",
        ],
        &["1E+33", "1000000000000000000000000000000000"],
        &["-1.5E-100", "-15E-101", "-0.15E-99"],
        &["NaN", "-NaN", "sNaN"],
        &["Infinity", "Infinity"],
    ];
    for g in groups {
        for a in *g {
            for b in *g {
                assert_eq!(dec(a).cmp_decimal(&dec(b)), Equal, "{a} vs {b}");
            }
        }
    }
    // Non-canonical encodings are zero.
    let nc = Decimal::from_bits(0x3041_ED09_BEAD_87C0_378D_8E64_0000_0000);
    assert_eq!(nc.cmp_decimal(&dec("0")), Equal);
    assert_eq!(nc.cmp_i64(0), Equal);
    assert_eq!(nc.cmp_f64(-0.0), Equal);
}

#[test]
fn decimals_against_int64() {
    let max = i64::MAX;
    let min = i64::MIN;
    let cases: &[(&str, i64, Ordering)] = &[
        ("9223372036854775807", max, Equal),
        ("9.223372036854775807E+18", max, Equal),
        ("9223372036854775807.000", max, Equal),
        ("9223372036854775808", max, Greater),
        ("9223372036854775806.5", max, Less),
        ("9223372036854775807.0000000000001", max, Greater),
        ("-9223372036854775808", min, Equal),
        ("-9223372036854775808.1", min, Less),
        ("-9223372036854775807.9", min, Greater),
        ("9007199254740993", (1 << 53) + 1, Equal),
        ("9007199254740992", (1 << 53) + 1, Less),
        ("1E+6144", max, Greater),
        ("-1E+6144", min, Less),
        ("1E-6176", 0, Greater),
        ("-1E-6176", 0, Less),
        ("-0", 0, Equal),
        ("0E+300", 0, Equal),
        ("1E+18", 1_000_000_000_000_000_000, Equal),
        ("Infinity", max, Greater),
        ("-Infinity", min, Less),
        ("NaN", min, Less),
    ];
    for (s, i, want) in cases {
        assert_eq!(dec(s).cmp_i64(*i), *want, "{s} vs {i}");
    }
}

#[test]
fn decimals_against_doubles() {
    let min_sub = f64::from_bits(1);
    let cases: &[(&str, f64, Ordering)] = &[
        // The double 0.1 is 0.1000000000000000055511151231257827021…
        ("0.1", 0.1, Less),
        ("0.1000000000000000055511151231257827", 0.1, Less),
        ("0.1000000000000000055511151231257828", 0.1, Greater),
        ("0.5", 0.5, Equal),
        ("0.25", 0.25, Equal),
        ("-0.375", -0.375, Equal),
        ("1.5", 1.5, Equal),
        ("1", 1.0, Equal),
        ("1.00", 1.0, Equal),
        ("1.000000000000000000000000000000001", 1.0, Greater),
        ("0.9999999999999999999999999999999999", 1.0, Less),
        ("1152921504606846976", 2f64.powi(60), Equal),
        ("1267650600228229401496703205376", 2f64.powi(100), Equal),
        ("1267650600228229401496703205377", 2f64.powi(100), Greater),
        ("1.267650600228229401496703205375E+30", 2f64.powi(100), Less),
        ("9007199254740993", 9007199254740992.0, Greater),
        // 2^-1074 = 4.9406564584124654417656879286822137236…E-324
        ("4.940656458412465441765687928682213E-324", min_sub, Less),
        ("4.940656458412465441765687928682214E-324", min_sub, Greater),
        ("1E-6176", 0.0, Greater),
        ("1E-6176", min_sub, Less),
        ("-1E-6176", 0.0, Less),
        ("-1E-6176", -min_sub, Greater),
        ("-0", 0.0, Equal),
        ("0", -0.0, Equal),
        // f64::MAX = 1.797693134862315708145274237317043567980…E+308
        ("1.797693134862315708145274237317043E+308", f64::MAX, Less),
        (
            "1.797693134862315708145274237317044E+308",
            f64::MAX,
            Greater,
        ),
        ("1E+309", f64::MAX, Greater),
        ("1E+6144", f64::INFINITY, Less),
        ("-1E+6144", f64::NEG_INFINITY, Greater),
        ("Infinity", f64::INFINITY, Equal),
        ("Infinity", f64::MAX, Greater),
        ("-Infinity", f64::NEG_INFINITY, Equal),
        ("-Infinity", f64::MIN, Less),
        // The double 1e300 is 1.0000000000000000525…E+300.
        ("1E+300", 1e300, Less),
        ("NaN", f64::NAN, Equal),
        ("NaN", f64::NEG_INFINITY, Less),
        ("-Infinity", f64::NAN, Greater),
        ("0", f64::NAN, Greater),
    ];
    for (s, d, want) in cases {
        assert_eq!(dec(s).cmp_f64(*d), *want, "{s} vs {d:e}");
    }
}

#[test]
fn to_f64_rounds_to_nearest() {
    let cases: &[(&str, f64)] = &[
        ("0.1", 0.1),
        ("1", 1.0),
        ("-2.5", -2.5),
        ("1E+300", 1e300),
        ("1E+400", f64::INFINITY),
        ("-1E+400", f64::NEG_INFINITY),
        ("1E-400", 0.0),
        ("9007199254740993", 9007199254740992.0),
        ("9223372036854775807", 9223372036854775808.0),
        ("Infinity", f64::INFINITY),
    ];
    for (s, want) in cases {
        assert_eq!(dec(s).to_f64(), *want, "{s}");
    }
    assert!(dec("NaN").to_f64().is_nan());
    let neg_zero = dec("-1E-400").to_f64();
    assert!(neg_zero == 0.0 && neg_zero.is_sign_negative());
    assert!(dec("-0").to_f64().is_sign_negative());
    // The result is within half an ulp: the neighbours lie on either side.
    for s in [
        "0.1",
        "3.141592653589793238462643383279503",
        "1E+300",
        "1E-300",
        "4.940656458412465441765687928682214E-324",
        "-6.02214076E+23",
        "1.797693134862315708145274237317043E+308",
    ] {
        let d = dec(s);
        let a = d.to_f64();
        assert_eq!(d.cmp_f64(a.next_down()), Greater, "{s}");
        assert_eq!(d.cmp_f64(a.next_up()), Less, "{s}");
    }
}

#[test]
fn floor_and_integers() {
    let cases: &[(&str, Option<i128>, Option<i64>)] = &[
        ("0", Some(0), Some(0)),
        ("-0", Some(0), Some(0)),
        ("1.5", Some(1), None),
        ("-1.5", Some(-2), None),
        ("-2.000", Some(-2), Some(-2)),
        ("1E-6176", Some(0), None),
        ("-1E-6176", Some(-1), None),
        ("12E+3", Some(12000), Some(12000)),
        (
            "9223372036854775807",
            Some(i64::MAX as i128),
            Some(i64::MAX),
        ),
        ("9223372036854775808", Some(1 << 63), None),
        ("-9223372036854775808", Some(-(1 << 63)), Some(i64::MIN)),
        ("1E+6144", None, None),
        ("Infinity", None, None),
        ("NaN", None, None),
    ];
    for (s, floor, int) in cases {
        assert_eq!(dec(s).floor_i128(), *floor, "{s}");
        assert_eq!(dec(s).to_i64_exact(), *int, "{s}");
    }
}

#[test]
fn normalized_parts() {
    let p = |s: &str| dec(s).normalized();
    assert_eq!(p("1"), Some((false, 0, 10u128.pow(33))));
    assert_eq!(p("1.00"), p("1"));
    assert_eq!(p("-120E-2"), Some((true, 0, 12 * 10u128.pow(32))));
    assert_eq!(p("1E+6144"), Some((false, 6144, 10u128.pow(33))));
    assert_eq!(p("1E-6176"), Some((false, -6176, 10u128.pow(33))));
    assert_eq!(p("0"), None);
    assert_eq!(p("NaN"), None);
    assert!(p("0.1").unwrap() < p("0.2").unwrap());
    assert!(p("0.9").unwrap() < p("1").unwrap());
}

#[test]
fn encoding_round_trips() {
    for s in [
        "0",
        "-0",
        "1",
        "-1.00",
        "0.1",
        "12345678901234567890123456789012.34",
        "1E-6176",
        "-1E-6176",
        "1E+6111",
        "1.000000000000000000000000000000000E+6144",
        "9.999999999999999999999999999999999E+6144",
        "-9.999999999999999999999999999999999E-6143",
        "0E-6176",
        "0E+6111",
        "Infinity",
        "-Infinity",
        "NaN",
    ] {
        let d: Decimal128 = s.parse().unwrap();
        assert_eq!(Decimal::from(d).to_decimal128().bytes(), d.bytes(), "{s}");
        assert_eq!(Decimal::from(d).to_bson(), Bson::Decimal128(d), "{s}");
    }
    // Non-canonical finite values are brought into range.
    let cases: &[(Decimal, &str)] = &[
        (
            finite(false, 10u128.pow(34), 0),
            "1.000000000000000000000000000000000E+34",
        ),
        (finite(true, 12345, -6180), "-1E-6176"),
        (finite(false, 15, -6177), "2E-6176"),
        (finite(false, 1, 6120), "1.000000000E+6120"),
        (finite(false, 0, 7000), "0E+6111"),
        (finite(false, 0, -7000), "0E-6176"),
        (finite(false, 10u128.pow(30), 6120), "Infinity"),
        (
            finite(false, u128::MAX, 0),
            "3.402823669209384634633746074317682E+38",
        ),
    ];
    for (d, want) in cases {
        assert_eq!(d.to_decimal128().to_string(), *want, "{d:?}");
    }
    // The one NaN encoding.
    assert_eq!(Decimal::NaN.to_bits(), 0x7C00 << 112);
    assert_eq!(dec("-NaN").to_decimal128().to_string(), "NaN");
}

#[test]
fn from_doubles() {
    // (double, correctly rounded to 34 digits, mongod's 15 digits)
    let cases: &[(f64, &str, &str)] = &[
        (
            0.1,
            "0.1000000000000000055511151231257827",
            "0.100000000000000",
        ),
        (0.5, "0.5", "0.500000000000000"),
        (3.0, "3", "3.00000000000000"),
        (-2.5, "-2.5", "-2.50000000000000"),
        (1e20, "100000000000000000000", "1.00000000000000E+20"),
        (
            1e34,
            "9999999999999999455752309870428160",
            "1.00000000000000E+34",
        ),
        (
            1e40,
            "1.000000000000000030378602842700367E+40",
            "1.00000000000000E+40",
        ),
        // 2^-50 has 35 significant digits ending in 5: a tie.
        (
            2f64.powi(-50),
            "8.881784197001252323389053344726562E-16",
            "8.88178419700125E-16",
        ),
        (
            1.0 / 3.0,
            "0.3333333333333333148296162562473910",
            "0.333333333333333",
        ),
        (
            0.1 + 0.2,
            "0.3000000000000000444089209850062616",
            "0.300000000000000",
        ),
        (
            f64::MAX,
            "1.797693134862315708145274237317044E+308",
            "1.79769313486232E+308",
        ),
        (
            f64::MIN_POSITIVE,
            "2.225073858507201383090232717332404E-308",
            "2.22507385850720E-308",
        ),
        (
            f64::from_bits(1),
            "4.940656458412465441765687928682214E-324",
            "4.94065645841247E-324",
        ),
        // Rounding to 15 digits carries into a sixteenth.
        (
            9.999999999999999,
            "9.999999999999998223643160599749535",
            "10.0000000000000",
        ),
        (
            123456789012345678.0,
            "123456789012345680",
            "1.23456789012346E+17",
        ),
        (
            1e300,
            "1.000000000000000052504760255204420E+300",
            "1.00000000000000E+300",
        ),
        (-0.0, "-0", "-0"),
        (0.0, "0", "0"),
        (f64::INFINITY, "Infinity", "Infinity"),
        (f64::NEG_INFINITY, "-Infinity", "-Infinity"),
    ];
    for (f, d34, d15) in cases {
        assert_eq!(
            Decimal::from_f64(*f).to_decimal128().to_string(),
            *d34,
            "{f:e}"
        );
        assert_eq!(
            Decimal::from_f64_15(*f).to_decimal128().to_string(),
            *d15,
            "{f:e}"
        );
    }
    assert!(Decimal::from_f64(f64::NAN).is_nan());
    assert!(Decimal::from_f64_15(f64::NAN).is_nan());
}

#[test]
fn coercions() {
    let cases: &[(Bson, &str)] = &[
        (Bson::Int32(-7), "-7"),
        (Bson::Int64(i64::MIN), "-9223372036854775808"),
        (Bson::Double(0.1), "0.100000000000000"),
        (Bson::Decimal128("1.50".parse().unwrap()), "1.50"),
    ];
    for (v, want) in cases {
        assert_eq!(
            Decimal::coerce(v).unwrap().to_decimal128().to_string(),
            *want,
            "{v}"
        );
    }
    assert_eq!(Decimal::coerce(&Bson::String("1".into())), None);
}

#[test]
fn to_integers() {
    // (value, rounded half to even, truncated)
    let cases: &[(&str, Option<i64>, Option<i64>)] = &[
        ("2.5", Some(2), Some(2)),
        ("3.5", Some(4), Some(3)),
        ("-2.5", Some(-2), Some(-2)),
        ("-3.5", Some(-4), Some(-3)),
        ("2.51", Some(3), Some(2)),
        ("2.4999999999999999999999999999999", Some(2), Some(2)),
        ("0.5", Some(0), Some(0)),
        ("-0.5000000000000000000000000000000001", Some(-1), Some(0)),
        ("1E-6176", Some(0), Some(0)),
        ("12E+3", Some(12000), Some(12000)),
        ("9223372036854775807.4", Some(i64::MAX), Some(i64::MAX)),
        ("9223372036854775807.5", None, Some(i64::MAX)),
        ("-9223372036854775808.5", Some(i64::MIN), Some(i64::MIN)),
        ("-9223372036854775809", None, None),
        ("1E+19", None, None),
        ("1E+6144", None, None),
        ("Infinity", None, None),
        ("NaN", None, None),
    ];
    for (s, round, trunc) in cases {
        assert_eq!(dec(s).to_i64_round(), *round, "{s}");
        assert_eq!(dec(s).to_i64_trunc(), *trunc, "{s}");
    }
}

mod arith;
