# followup: the two commands a fresh Debian machine needs are `make demo` and `make test`.
SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/followup

.PHONY: setup test-setup build demo test release accuracy bench clean templates

## setup: install the C libraries the build needs, only those missing.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

release: setup
	$(SWIFT) build -c release --product followup

build: release

## demo: set up, build, and read the sample notes.
demo: release
	$(RELEASE) extract --format markdown SampleNotes

## test-setup: what the tests need beyond the build: Python's icalendar, to validate calendars.
test-setup: setup
	@python3 -c "import icalendar" 2>/dev/null || python3 -m pip install --quiet icalendar 2>/dev/null \
		|| ($(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-icalendar)
	@python3 -c "import icalendar" || (echo "icalendar for python3 could not be installed" >&2; exit 1)

## test: set up, build, and run every test.
test: test-setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build

## accuracy: precision, recall and F1 per record kind on Accuracy/corpus, beside dateparser.
accuracy: release
	@python3 -c "import dateparser" 2>/dev/null || python3 -m pip install --quiet dateparser
	python3 Accuracy/score.py

## bench: how long extract takes on the samples and on thousands of copies, beside cmark-gfm.
bench: release
	Benchmarks/extract-speed.sh

## templates: rebuild the defaults built into the binary from Templates/.
templates:
	python3 scripts/embed-templates.py
