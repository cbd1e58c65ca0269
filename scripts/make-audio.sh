#!/usr/bin/env bash
# Makes every sound the story plays, from noise and tones alone: no recordings, no samples, nothing
# downloaded. The results are committed in public/audio/ as <id>.webm (Opus) and <id>.mp3 (the
# fallback for browsers without Opus in WebM), each at most 150 KB.
#
#   bash scripts/make-audio.sh            # writes public/audio/
#   OUT=/tmp/audio bash scripts/make-audio.sh
#   KEEP=/tmp/audio-work bash scripts/make-audio.sh   # also keeps the intermediate WAV files
#
# Needs Debian's sox and ffmpeg (apt-get install -y sox libsox-fmt-all ffmpeg) and awk; no npm, and
# it is not part of CI (the outputs are committed). It takes about a minute.
#
# Reproducible: every random choice comes from a fixed seed (ffmpeg's anoisesrc and aevalsrc, and
# a Park–Miller generator in awk for when events happen), sox runs in its repeatable mode (-R), and
# the encoders are asked for bit-exact output without version tags. Two runs on one machine give
# byte-identical files (checked: and the script's last step makes the shortest sound a second time
# and compares the bytes). Another version of sox, ffmpeg, libopus or LAME may make different bytes
# of the same sound.
#
# Loops are built to be seamless rather than faded to silence at the seam: a bed of noise is made a
# little longer than the loop and its overhang cross-faded onto its start; events (bubbles, drops,
# footfalls, wheels) are placed inside the loop and whatever rings past its end is folded back onto
# its start; reverb and filters over a whole mix run on three copies of the loop and keep the middle
# one, so their tails wrap around too. Loops last 24 s, a whole number of Opus's 20 ms frames, and
# are encoded between two short margins that the player skips (see encode, below).
#
# Loudness: beds are set to about -20 LUFS (EBU R128, measured with ffmpeg's ebur128) by a fixed gain,
# never a compressor, so the loop stays seamless; cues to about -18 LUFS, their sharpest peaks held
# by a limiter. Peaks stay under -1 dBFS. Look before you commit: `sox FILE -n spectrogram -o x.png`.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=${OUT:-public/audio}
MAX_BYTES=$((150 * 1024))
SR=48000
L=24 # loop length in seconds
X=2  # the overhang cross-faded at a loop's seam, in seconds
N=$((L * SR))

for tool in sox ffmpeg awk; do
  command -v "$tool" >/dev/null || {
    echo "make-audio: $tool is missing (apt-get install -y sox libsox-fmt-all ffmpeg)" >&2
    exit 1
  }
done

WORK=${KEEP:-$(mktemp -d)}
mkdir -p "$WORK" "$OUT"
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$WORK"' EXIT

# Intermediate files are 32-bit float, so nothing clips between steps.
FLOAT=(-e floating-point -b 32)
sx() { sox -R -V1 "$@"; }
ff() { ffmpeg -hide_banner -loglevel error -nostdin -y "$@"; }

# noise COLOUR SEED SECONDS OUT: white, pink or brown noise from a fixed seed.
noise() {
  ff -f lavfi -i "anoisesrc=c=$1:seed=$2:r=$SR:a=0.5:d=$3" -c:a pcm_f32le "$WORK/_noise.wav"
  sx "$WORK/_noise.wav" "${FLOAT[@]}" "$4" trim 0 "$3"
}

# expr_src SECONDS OUT EXPRESSION: a signal computed sample by sample by ffmpeg's aevalsrc. Its
# random(k) is a generator whose state is variable k, starting from 0 unless the expression seeds it.
expr_src() {
  ff -f lavfi -i "aevalsrc='$3':s=$SR:d=$1" -c:a pcm_f32le "$WORK/_expr.wav"
  sx "$WORK/_expr.wav" "${FLOAT[@]}" "$2" trim 0 "$1"
}

# bed IN OUT: IN (L + X seconds long) as a seamless L-second loop, its overhang cross-faded onto
# its start with an equal-power curve (the two ends are uncorrelated noise).
bed() {
  sx "$1" "$WORK/_bed-head.wav" trim 0 $X fade q $X
  sx "$1" "$WORK/_bed-tail.wav" trim $L $X fade q 0 $X $X
  sx -m -v 1 "$WORK/_bed-head.wav" -v 1 "$WORK/_bed-tail.wav" "$WORK/_bed-seam.wav"
  sx "$1" "$WORK/_bed-body.wav" trim $X $((L - X))
  sx "$WORK/_bed-seam.wav" "$WORK/_bed-body.wav" "$2"
}

# fold IN OUT: events placed within the loop, what rings past its end added back onto its start.
fold() {
  local samples
  samples=$(soxi -s "$1")
  if ((samples <= N)); then
    sx "$1" "$2" pad 0 $((N - samples))s
    return
  fi
  sx "$1" "$WORK/_fold-head.wav" trim 0 ${N}s
  sx "$1" "$WORK/_fold-spill.wav" trim ${N}s
  sx -m -v 1 "$WORK/_fold-head.wav" -v 1 "$WORK/_fold-spill.wav" "$2"
}

# around IN OUT EFFECT…: sox effects on a loop as if it had always been looping: run on three
# copies, keep the middle one, so a reverb's tail or a filter's memory wraps across the seam.
around() {
  local in=$1 out=$2
  shift 2
  sx "$in" "$in" "$in" "${FLOAT[@]}" "$WORK/_around.wav" "$@"
  sx "$WORK/_around.wav" "$out" trim ${N}s ${N}s
}

# mix OUT (VOLUME FILE)…: a plain sum at the given volumes.
mix() {
  local out=$1 args=()
  shift
  while (($#)); do
    args+=(-v "$1" "$2")
    shift 2
  done
  sx -m "${args[@]}" "${FLOAT[@]}" "$out"
}

# A seeded generator for awk (Park–Miller, exact in double precision, the same in mawk and gawk),
# so that when things happen is reproducible too.
AWK_RANDOM='
function rnd() { state = (state * 16807) % 2147483647; return state / 2147483647 }
function between(a, b) { return a + (b - a) * rnd() }
function pick(n) { return int(rnd() * n) }
'

# schedule SEED AWK-BODY: runs AWK-BODY (which prints one event per line) with the generator seeded.
schedule() {
  awk -v seed="$1" "$AWK_RANDOM"'BEGIN { state = seed; for (i = 0; i < 5; i++) rnd(); '"$2"' }'
}

# stream OUT RENDER: reads "GAP ARG…" lines (from schedule); for each, `RENDER FILE GAP ARG…` writes
# one event preceded by GAP seconds of silence, and the events are joined end to end. One stream
# never overlaps itself: overlap comes from mixing several streams.
stream() {
  local out=$1 render=$2 i=0 list=()
  while read -r gap rest; do
    # shellcheck disable=SC2086 # the event's arguments are words on purpose
    "$render" "$WORK/_event-$i.wav" "$gap" $rest
    list+=("$WORK/_event-$i.wav")
    i=$((i + 1))
  done
  sx "${list[@]}" "${FLOAT[@]}" "$out"
  rm -f "${list[@]}"
}

# tone OUT SECONDS SOX-SYNTH-ARGS… then effects: a short synthesised event.
tone() {
  local out=$1 seconds=$2
  shift 2
  sx -n -r $SR -c 1 "${FLOAT[@]}" "$out" synth "$seconds" "$@"
}

# envelope SEED OUT LOW HIGH HZ [POWER]: a slow random level between LOW and HIGH, changing at
# about HZ (white noise low-passed twice), L + X seconds long: the gusts of a wind, the swell of
# rain. A POWER above 1 makes it peaky: mostly low, now and then high.
envelope() {
  noise white "$1" $((L + X)) "$WORK/_env-raw.wav"
  sx "$WORK/_env-raw.wav" "$WORK/_env-f.wav" lowpass "$5" lowpass "$5" norm
  ff -i "$WORK/_env-f.wav" -af "aeval=$3+($4-$3)*pow(0.5+0.5*val(0)\,${6:-1})" -c:a pcm_f32le "$2"
}

# shaped COLOUR SEED OUT ENVELOPE SOX-EFFECT…: noise through EFFECTs, its level following ENVELOPE.
shaped() {
  local colour=$1 seed=$2 out=$3 env=$4
  shift 4
  noise "$colour" "$seed" $((L + X)) "$WORK/_shaped-raw.wav"
  sx "$WORK/_shaped-raw.wav" "$WORK/_shaped-f.wav" "$@"
  sx -T "$WORK/_shaped-f.wav" "$env" "${FLOAT[@]}" "$out"
}

# ---------------------------------------------------------------------------------------------------
# Loudness and encoding

# loudness FILE: integrated loudness (LUFS) and sample peak (dBFS), as "I PEAK". Measured with half
# a second of silence either side, since EBU R128 needs 400 ms blocks and a cue is shorter than that.
loudness() {
  sx "$1" "$WORK/_measure.wav" pad 0.5 0.5
  ffmpeg -hide_banner -nostdin -i "$WORK/_measure.wav" -af ebur128=peak=sample -f null - 2>&1 |
    awk '/I:/ { i = $2 } /Peak:/ { p = $2 } END { print i, p }'
}

# level IN OUT TARGET_LUFS: a fixed gain to TARGET, lowered if needed to keep peaks under -1 dBFS.
level() {
  local i p gain
  read -r i p < <(loudness "$1")
  gain=$(awk -v i="$i" -v p="$p" -v t="$3" 'BEGIN { g = t - i; if (p + g > -1) g = -1 - p; printf "%.2f", g }')
  sx "$1" "${FLOAT[@]}" "$2" gain "$gain"
  read -r i p < <(loudness "$2")
  printf '  %-12s %6s LUFS, peak %6s dBFS\n' "$(basename "$2" .wav)" "$i" "$p"
}

# tame IN OUT: a cue's sharpest peaks (single stone clicks, the strike of a knock) held down by a
# look-ahead limiter, so that it can be as loud as meant without clipping. Cues only: a bed must
# keep a fixed gain to loop.
tame() {
  ff -i "$1" -af "alimiter=limit=0.3:attack=0.5:release=40:level=0" -c:a pcm_f32le "$2"
}

# encode NAME DIR: DIR/NAME.webm (Opus, mono, 28 kbps) and DIR/NAME.mp3 (mono, 40 kbps), bit-exact
# and without metadata, each checked against the size limit.
#
# A loop is encoded with a lead-in (its last EDGE seconds) before it and a tail (its first EDGE
# seconds) after it, and the player loops only the L seconds between (a howler sprite: LOOP_WINDOW
# in src/audio/soundscapes.ts). Looped whole, a file ticks at the seam, because decoders are not exact
# at a file's edges: MP3 and Opus decoders take a few samples to settle at the start, and Chromium
# drops 24 samples too many from the start of WebM Opus (it rounds Opus's 6.5 ms pre-skip to
# Matroska's whole milliseconds). Inside the margins, the loop is exactly one period of the sound
# whichever way a browser decodes it.
EDGE=0.1
encode() {
  local name=$1 dir=$2 wav="$WORK/$1.wav"
  if [[ -n ${3:-} ]]; then
    sx "$wav" "$WORK/_lead.wav" trim -$EDGE
    sx "$wav" "$WORK/_tail.wav" trim 0 $EDGE
    sx "$WORK/_lead.wav" "$wav" "$WORK/_tail.wav" "$WORK/_encode.wav"
    wav="$WORK/_encode.wav"
  fi
  ff -i "$wav" -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -c:a libopus -b:a 28k -vbr on -application audio -frame_duration 20 -ac 1 "$dir/$name.webm"
  ff -i "$wav" -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -c:a libmp3lame -b:a 40k -ac 1 -ar 48000 -id3v2_version 0 -write_id3v1 0 "$dir/$name.mp3"
  local f size
  for f in "$dir/$name.webm" "$dir/$name.mp3"; do
    size=$(wc -c <"$f")
    if ((size > MAX_BYTES)); then
      echo "make-audio: $f is $size bytes, over the limit of $MAX_BYTES" >&2
      exit 1
    fi
  done
}

# ---------------------------------------------------------------------------------------------------
# The soundscapes

# river: water over stones, far off. A rush of noise whose level flutters, gurgles (short rising
# sine chirps, as a bubble's pitch rises while it shrinks) that come in clusters, a low body, and
# distance: highs rolled off and a little room.
bubble() { # OUT GAP SECONDS HZ AMP
  tone "$1" "$3" sine "$4:$(awk -v f="$4" 'BEGIN { print f * 1.7 }')" \
    fade l 0.003 "$3" "$(awk -v d="$3" 'BEGIN { print d * 0.8 }')" vol "$5" pad "$2" 0
}
river() {
  noise pink 101 $((L + X)) "$WORK/rush-raw.wav"
  sx "$WORK/rush-raw.wav" "$WORK/rush-f.wav" highpass 180 lowpass 1600 lowpass 2400
  noise white 102 $((L + X)) "$WORK/flutter-raw.wav"
  sx "$WORK/flutter-raw.wav" "$WORK/flutter.wav" lowpass 9 lowpass 9 norm vol 0.45 dcshift 0.55
  sx -T "$WORK/rush-f.wav" "$WORK/flutter.wav" "${FLOAT[@]}" "$WORK/rush-m.wav"
  bed "$WORK/rush-m.wav" "$WORK/rush.wav"

  # the fizz of broken water, faint at this distance
  shaped white 104 "$WORK/fizz-m.wav" "$WORK/flutter.wav" sinc 2500-6500
  bed "$WORK/fizz-m.wav" "$WORK/fizz.wav"

  noise brown 103 $((L + X)) "$WORK/body-raw.wav"
  sx "$WORK/body-raw.wav" "$WORK/body-f.wav" highpass 30 lowpass 140 lowpass 140 norm -6
  bed "$WORK/body-f.wav" "$WORK/body.wav"

  local s
  for s in 1 2 3 4 5; do
    schedule $((1100 + s)) '
      for (t = gap = between(0, 0.3); t < '$L'; t += d + gap) {
        d = between(0.02, 0.06)
        printf "%.4f %.4f %.1f %.3f\n", gap, d, between(320, 1100), between(0.05, 0.35)
        gap = rnd() < 0.75 ? between(0.02, 0.12) : between(0.3, 1.2)
      }' | stream "$WORK/bubbles-$s.wav" bubble
    fold "$WORK/bubbles-$s.wav" "$WORK/bubbles-$s-loop.wav"
  done
  mix "$WORK/river-dry.wav" 1 "$WORK/rush.wav" 0.5 "$WORK/body.wav" 0.06 "$WORK/fizz.wav" \
    0.5 "$WORK/bubbles-1-loop.wav" 0.5 "$WORK/bubbles-2-loop.wav" 0.5 "$WORK/bubbles-3-loop.wav" \
    0.5 "$WORK/bubbles-4-loop.wav" 0.5 "$WORK/bubbles-5-loop.wav"
  around "$WORK/river-dry.wav" "$WORK/river-raw.wav" lowpass 4500 reverb 40 60 60
  level "$WORK/river-raw.wav" "$WORK/river.wav" -20
}


# wind: open steppe and desert wind. A broad rush rising and falling with slow gusts; its moan, a
# ladder of narrow bands of noise each swelling on its own, so that the pitch seems to wander from
# rung to rung as a wind's does; the buffeting low end; and a thin hiss of blown grit.
wind() {
  envelope 201 "$WORK/gust.wav" 0.05 1 0.35
  shaped pink 202 "$WORK/w-broad.wav" "$WORK/gust.wav" highpass 80 lowpass 700 lowpass 1200
  shaped brown 203 "$WORK/w-low.wav" "$WORK/gust.wav" highpass 25 lowpass 90
  shaped white 204 "$WORK/w-grit.wav" "$WORK/gust.wav" highpass 2500 lowpass 6000
  local parts=() i hz
  i=0
  for hz in $(seq 320 45 860); do
    i=$((i + 1))
    envelope $((210 + i)) "$WORK/w-env-$i.wav" 0 1 0.4 3
    sx -T "$WORK/w-env-$i.wav" "$WORK/gust.wav" "${FLOAT[@]}" "$WORK/w-env2-$i.wav"
    shaped white $((230 + i)) "$WORK/w-moan-$i.wav" "$WORK/w-env2-$i.wav" bandpass "$hz" 50h
    parts+=(2.2 "$WORK/w-moan-$i.wav")
  done
  mix "$WORK/wind-long.wav" 1 "$WORK/w-broad.wav" 0.7 "$WORK/w-low.wav" 0.12 "$WORK/w-grit.wav" "${parts[@]}"
  bed "$WORK/wind-long.wav" "$WORK/wind-raw.wav"
  level "$WORK/wind-raw.wav" "$WORK/wind.wav" -20
}

# market: the murmur of a crowd, with no real voice in it. Each of twelve "speakers" says
# utterances of a few syllables: a sawtooth at a speaking pitch (falling a little through each
# utterance) through the formants of a random vowel, so it has the rhythm and colour of talk and
# no words. Mixed, muffled and set in a room, plus the bustle under it and the odd clink of a pot.
syllable() { # OUT GAP SECONDS F0 F0-END F1 F2 F3 AMP
  tone "$1" "$3" sawtooth "$4:$5" lowpass 3200 \
    equalizer "$6" 1.2q 14 equalizer "$7" 1.5q 11 equalizer "$8" 2q 7 \
    fade h 0.03 "$3" 0.07 vol "$9" pad "$2" 0
}
clink() { # OUT GAP SECONDS HZ AMP
  tone "$1" "$3" sine "$4" sine "$(awk -v f="$4" 'BEGIN { print f * 2.76 }')" \
    fade l 0.001 "$3" "$3" vol "$5" pad "$2" 0
}
market() {
  local s parts=()
  for s in $(seq 1 12); do
    schedule $((300 + s)) '
      # a low or a high voice, near or far
      base = (rnd() < 0.5) ? between(95, 140) : between(180, 250); near = between(0.25, 1)
      split("730 530 270 570 300 660", F1); split("1090 1840 2290 840 870 1720", F2)
      split("2440 2480 3010 2410 2240 2410", F3)
      for (t = gap = between(0, 2.5); t < '$L'; ) {
        syllables = 2 + pick(7); f = base * between(0.95, 1.15)
        for (k = 0; k < syllables && t < '$L'; k++) {
          d = between(0.11, 0.26); v = 1 + pick(6); g = f * between(0.9, 1.1)
          printf "%.4f %.4f %.1f %.1f %d %d %d %.3f\n", gap, d, g, g * between(0.85, 1.02), \
            F1[v], F2[v], F3[v], near * between(0.6, 1)
          f *= 0.97; t += d; gap = between(0, 0.05); t += gap
        }
        gap = between(0.4, 2.6); t += gap
      }' | stream "$WORK/voice-$s.wav" syllable
    fold "$WORK/voice-$s.wav" "$WORK/voice-$s-loop.wav"
    parts+=(0.22 "$WORK/voice-$s-loop.wav")
  done
  schedule 330 '
    for (t = gap = between(0, 2); t < '$L'; t += d + gap) {
      d = between(0.15, 0.4)
      printf "%.4f %.4f %.1f %.3f\n", gap, d, between(1400, 3600), between(0.03, 0.12)
      gap = between(0.8, 4)
    }' | stream "$WORK/clinks.wav" clink
  fold "$WORK/clinks.wav" "$WORK/clinks-loop.wav"
  noise pink 331 $((L + X)) "$WORK/bustle-raw.wav"
  sx "$WORK/bustle-raw.wav" "$WORK/bustle-f.wav" highpass 120 lowpass 1400
  bed "$WORK/bustle-f.wav" "$WORK/bustle.wav"
  mix "$WORK/market-dry.wav" "${parts[@]}" 0.1 "$WORK/bustle.wav" 0.7 "$WORK/clinks-loop.wav"
  around "$WORK/market-dry.wav" "$WORK/market-raw.wav" highpass 90 lowpass 3000 reverb 55 50 90
  level "$WORK/market-raw.wav" "$WORK/market.wav" -20
}

# train: wheels on rails, from inside a carriage. Every rail joint (1.5 s apart, 16 to a loop) is
# crossed by the two axles of one bogie and then of the next, "da-dum … da-dum"; under it the
# rolling rumble, swaying with the wheels' turn, and air along the windows.
train() {
  tone "$WORK/clack-noise.wav" 0.09 whitenoise sinc 300-2600 equalizer 1100 3q 6 fade q 0.004 0.09 0.08
  tone "$WORK/clack-thump.wav" 0.16 sine 95:60 fade l 0.002 0.16 0.155
  tone "$WORK/clack-ring.wav" 0.12 sine 2650 sine 4100 fade l 0 0.12 0.119
  mix "$WORK/clack.wav" 1 "$WORK/clack-noise.wav" 0.3 "$WORK/clack-thump.wav" 0.08 "$WORK/clack-ring.wav"
  place() { sx "$WORK/clack.wav" "${FLOAT[@]}" "$1" vol "$4" pad "$2" 0; }
  local axle
  for axle in 0 1; do
    schedule $((400 + axle)) '
      # each clack lasts 0.16 s: the gap before the next is counted from its end
      offset = '$axle' * 0.105; end = 0
      for (joint = 0; joint < 16; joint++)
        for (bogie = 0; bogie < 2; bogie++) {
          t = joint * 1.5 + bogie * 0.72 + offset + between(0, 0.006)
          printf "%.4f 0 %.3f\n", t - end, (bogie ? 0.55 : 0.9) * between(0.8, 1) * (1 + 0.1 * '$axle')
          end = t + 0.16
        }' | stream "$WORK/axle-$axle.wav" place
    fold "$WORK/axle-$axle.wav" "$WORK/axle-$axle-loop.wav"
  done
  noise brown 410 $((L + X)) "$WORK/t-rumble-raw.wav"
  sx "$WORK/t-rumble-raw.wav" "$WORK/t-rumble-f.wav" highpass 28 lowpass 180 lowpass 180
  bed "$WORK/t-rumble-f.wav" "$WORK/t-rumble.wav"
  noise pink 411 $((L + X)) "$WORK/t-roll-raw.wav"
  sx "$WORK/t-roll-raw.wav" "$WORK/t-roll-f.wav" sinc 150-2000
  bed "$WORK/t-roll-f.wav" "$WORK/t-roll.wav"
  noise white 412 $((L + X)) "$WORK/t-air-raw.wav"
  sx "$WORK/t-air-raw.wav" "$WORK/t-air-f.wav" sinc 1800-7000
  bed "$WORK/t-air-f.wav" "$WORK/t-air.wav"
  mix "$WORK/t-bed.wav" 0.6 "$WORK/t-rumble.wav" 0.4 "$WORK/t-roll.wav" 0.05 "$WORK/t-air.wav"
  # 5.5 Hz, the wheels' turn at this speed: 132 whole cycles to a loop, so the sway loops too.
  around "$WORK/t-bed.wav" "$WORK/t-bed-sway.wav" tremolo 5.5 25
  mix "$WORK/train-dry.wav" 1 "$WORK/t-bed-sway.wav" 0.5 "$WORK/axle-0-loop.wav" 0.5 "$WORK/axle-1-loop.wav"
  around "$WORK/train-dry.wav" "$WORK/train-raw.wav" reverb 20 70 30
  level "$WORK/train-raw.wav" "$WORK/train.wav" -20
}

# jungle-rain: dense rain on leaves. Thousands of tiny hits a second ringing on leaves (sparse random
# impulses through leaf-like resonances), heavier drops that plop, the hiss of the downpour and its
# low body.
jungle_rain() {
  local n=$((L + X))
  # random(0) decides whether a sample holds a hit, random(1) how hard: both seeded at sample 0.
  expr_src $n "$WORK/r-ticks-raw.wav" \
    'if(eq(n,0),st(0,501)+st(1,502),0);if(lt(random(0),0.035),2*random(1)-1,0)'
  sx "$WORK/r-ticks-raw.wav" "$WORK/r-ticks-f.wav" highpass 900 equalizer 3300 1q 10 equalizer 5200 2q 6 lowpass 9000
  envelope 507 "$WORK/r-swell.wav" 0.6 1 0.15
  sx -T "$WORK/r-ticks-f.wav" "$WORK/r-swell.wav" "${FLOAT[@]}" "$WORK/r-ticks.wav"
  expr_src $n "$WORK/r-drops-raw.wav" \
    'if(eq(n,0),st(0,503)+st(1,504),0);if(lt(random(0),0.0007),0.5+0.5*random(1),0)'
  sx "$WORK/r-drops-raw.wav" "$WORK/r-drops.wav" bandpass 850 4q bandpass 850 2q lowpass 2500
  noise white 505 $n "$WORK/r-hiss-raw.wav"
  sx "$WORK/r-hiss-raw.wav" "$WORK/r-hiss.wav" highpass 1200 lowpass 8000
  noise pink 506 $n "$WORK/r-body-raw.wav"
  sx "$WORK/r-body-raw.wav" "$WORK/r-body.wav" highpass 60 lowpass 900
  mix "$WORK/rain-long.wav" 1 "$WORK/r-ticks.wav" 2.5 "$WORK/r-drops.wav" 0.12 "$WORK/r-hiss.wav" 0.35 "$WORK/r-body.wav"
  bed "$WORK/rain-long.wav" "$WORK/rain-loop.wav"
  around "$WORK/rain-loop.wav" "$WORK/rain-raw.wav" reverb 30 80 40
  level "$WORK/rain-raw.wav" "$WORK/jungle-rain.wav" -20
}

# city: a city at night, heard from a room. The low hum of distant traffic, and cars passing now
# and then a few streets away: swells of band-limited noise, each from its own seed.
car() { # OUT GAP SECONDS SEED AMP LOW-HZ HIGH-HZ
  noise pink "$4" "$3" "$WORK/_car.wav"
  sx "$WORK/_car.wav" "${FLOAT[@]}" "$1" sinc "$6-$7" fade h "$(awk -v d="$3" 'BEGIN { print d * 0.45 }')" "$3" \
    "$(awk -v d="$3" 'BEGIN { print d * 0.5 }')" vol "$5" pad "$2" 0
}
city() {
  local s parts=()
  for s in 1 2 3; do
    schedule $((600 + s)) '
      for (t = gap = between(0, 5); t < '$L'; t += d + gap) {
        d = between(3, 8)
        printf "%.4f %.4f %d %.3f %d %d\n", gap, d, 6000 + 100 * '$s' + n++, between(0.25, 0.8), \
          between(120, 250), between(1200, 3000)
        gap = between(0.5, 6)
      }' | stream "$WORK/cars-$s.wav" car
    fold "$WORK/cars-$s.wav" "$WORK/cars-$s-loop.wav"
    parts+=(3 "$WORK/cars-$s-loop.wav")
  done
  noise brown 610 $((L + X)) "$WORK/c-hum-raw.wav"
  sx "$WORK/c-hum-raw.wav" "$WORK/c-hum-f.wav" highpass 30 lowpass 240 lowpass 240
  bed "$WORK/c-hum-f.wav" "$WORK/c-hum.wav"
  noise pink 611 $((L + X)) "$WORK/c-wash-raw.wav"
  sx "$WORK/c-wash-raw.wav" "$WORK/c-wash-f.wav" sinc 80-1500
  bed "$WORK/c-wash-f.wav" "$WORK/c-wash.wav"
  mix "$WORK/city-dry.wav" 0.6 "$WORK/c-hum.wav" 0.35 "$WORK/c-wash.wav" "${parts[@]}"
  around "$WORK/city-dry.wav" "$WORK/city-raw.wav" lowpass 2500 reverb 40 70 80
  level "$WORK/city-raw.wav" "$WORK/city.wav" -20
}

# ---------------------------------------------------------------------------------------------------
# The cues

# choice: a soft, low wooden knock, the sound of a choice made. Two damped partials of a small
# wooden body and the tick of the strike.
choice() {
  expr_src 0.3 "$WORK/choice-raw.wav" \
    'if(eq(n,0),st(0,701),0);0.6*sin(2*PI*220*t)*exp(-t/0.04)+0.45*sin(2*PI*560*t)*exp(-t/0.02)+0.15*sin(2*PI*1320*t)*exp(-t/0.007)+0.25*(2*random(0)-1)*exp(-t/0.0015)'
  sx "$WORK/choice-raw.wav" "$WORK/choice-f.wav" lowpass 3500 fade l 0 0.3 0.1
  tame "$WORK/choice-f.wav" "$WORK/choice-t.wav"
  level "$WORK/choice-t.wav" "$WORK/choice.wav" -18
}

# footsteps: four steps on gravel. Each footfall a heel and then the roll of the foot, each a
# burst of dense tiny grain clicks (stones shifting) that dies away, with a dull thump under the heel.
footsteps() {
  local expr
  expr=$(awk 'BEGIN {
    split("0.06 0.58 1.11 1.62", at); split("1 0.8 0.95 0.75", force)
    for (i = 1; i <= 4; i++) {
      s = at[i]; r = s + 0.075
      env = env sprintf("+%s*(gte(t,%s)*exp(-(t-%s)/0.035)+0.7*gte(t,%s)*exp(-(t-%s)/0.05))", force[i], s, s, r, r)
      thump = thump sprintf("+%s*gte(t,%s)*sin(2*PI*70*(t-%s))*exp(-(t-%s)/0.035)", force[i], s, s, s)
    }
    # the grains thin out as the square of the footfall dies away, so each crunch ends cleanly
    printf "if(eq(n,0),st(0,801)+st(1,802),0);st(2,%s);if(lt(random(0),0.3*ld(2)*ld(2)),(2*random(1)-1)*min(1,ld(2)),0)+0.25*(%s)", env, thump
  }')
  expr_src 1.9 "$WORK/steps-raw.wav" "$expr"
  sx "$WORK/steps-raw.wav" "$WORK/steps-f.wav" highpass 60 equalizer 2600 1q 6 lowpass 6000 lowpass 6000 reverb 15 60 20 fade l 0 1.9 0.1
  tame "$WORK/steps-f.wav" "$WORK/steps-t.wav"
  level "$WORK/steps-t.wav" "$WORK/footsteps.wav" -18
}

# ---------------------------------------------------------------------------------------------------

# bash scripts/make-audio.sh [NAME…]: all the sounds, or only those named.
LOOPS=" river wind market train jungle-rain city "
SOUNDS=(river wind market train jungle-rain city choice footsteps)
echo "make-audio: writing ${OUT}/"
for name in "${@:-${SOUNDS[@]}}"; do
  "${name//-/_}"
  if [[ $LOOPS == *" $name "* ]]; then encode "$name" "$OUT" loop; else encode "$name" "$OUT"; fi
done

# Made twice, a sound must come out byte for byte the same: the cheapest one is made again.
mkdir -p "$WORK/again"
choice >/dev/null
encode choice "$WORK/again"
if [[ -f "$OUT/choice.webm" ]]; then
  cmp -s "$WORK/again/choice.webm" "$OUT/choice.webm" && cmp -s "$WORK/again/choice.mp3" "$OUT/choice.mp3" || {
    echo "make-audio: a second run made different bytes: something is not seeded" >&2
    exit 1
  }
fi
ls -l "$OUT"
