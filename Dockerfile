# The portal as a container image. Built by docker-compose.yml; runs against SQL Server.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props AntiTrafik.sln ./
COPY src/ src/
RUN dotnet publish src/AntiTrafik.Web/AntiTrafik.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl answers the container health check against /health; tzdata gives Europe/Tirane (PortalTime).
RUN apt-get update && apt-get install -y --no-install-recommends curl tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=SqlServer \
    DataProtection__KeysPath=/var/antitrafik/keys \
    Logging__FilePath=/var/antitrafik/logs/antitrafik-.json
RUN mkdir -p /var/antitrafik/keys /var/antitrafik/logs && chown -R app:app /var/antitrafik
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "AntiTrafik.Web.dll"]
