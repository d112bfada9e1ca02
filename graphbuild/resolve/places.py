"""Moved to `graphbuild.knowledge.places` (world knowledge sits below extract/ and resolve/);
these names stay importable from here for code written before the move."""
from graphbuild.knowledge.places import (country_code, country_of_demonym,  # noqa: F401
                                         is_abbreviation, is_national_capital, is_place_name,
                                         is_state, place_key, place_name, same_place_reading,
                                         state_name)
