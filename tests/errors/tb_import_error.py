from os import does_not_exist
