from typing import Literal

CreateSecretRequestSecretType = Literal["azure_key", "azure_sas", "gcs", "s3"]

CREATE_SECRET_REQUEST_SECRET_TYPE_VALUES: set[CreateSecretRequestSecretType] = {
    "azure_key",
    "azure_sas",
    "gcs",
    "s3",
}


def check_create_secret_request_secret_type(
    value: str,
) -> CreateSecretRequestSecretType:
    if value in CREATE_SECRET_REQUEST_SECRET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SECRET_REQUEST_SECRET_TYPE_VALUES!r}"
    )
